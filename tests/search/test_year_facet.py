"""The year facet counts a practice in the years it ran, not when it was published."""

import pytest

from search import indexing, service
from search.query import SearchFilters
from tests.factories import (
    CityPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)


@pytest.fixture
def holiday_programme(home_page):
    city_page = CityPageFactory(parent=PracticeIndexPageFactory(parent=home_page))
    page = PracticePageFactory(
        parent=city_page,
        title="Ferienprogramm",
        status="abgeschlossen",
        start_year=2016,
        end_year=2018,
    )
    indexing.rebuild()
    return page


def year_counts(results):
    facet = next(facet for facet in results.facets if facet.key == "years")
    return {option.value: option.count for option in facet.options}


def test_each_year_of_the_period_counts_once(holiday_programme):
    results = service.search("Ferienprogramm")

    assert year_counts(results) == {"2016": 1, "2017": 1, "2018": 1}


def test_a_year_inside_the_period_finds_the_practice(holiday_programme):
    results = service.search("Ferienprogramm", SearchFilters(years=[2017]))

    assert [hit.url for hit in results.hits] == [holiday_programme.url]
