"""The index follows a practice out of public view through its ancestors:
a deleted city page and a move into a restricted city."""

import pytest
from wagtail.models import PageViewRestriction

from search import service
from search.models import SearchEntry
from tests.factories import CityFactory, CityPageFactory

pytestmark = pytest.mark.usefixtures("backend_name")


def found(query):
    return [hit.url for hit in service.search(query).hits]


def test_deleting_a_city_page_removes_its_practices(corpus):
    practice = corpus["holiday"]
    practice.get_parent().delete()

    assert found("Ferienprogramm") == []
    assert not SearchEntry.objects.filter(key=f"page:{practice.pk}").exists()


def test_moving_into_a_restricted_city_hides_the_practice(corpus):
    practice = corpus["holiday"]
    hidden = CityPageFactory(
        parent=practice.get_parent().get_parent(),
        city=CityFactory(name="Hinterstadt", slug="hinterstadt"),
    )
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")

    practice.move(hidden, pos="last-child")

    assert found("Ferienprogramm") == []
