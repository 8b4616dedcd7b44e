"""The index follows publish, unpublish, move, privacy changes and delete."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from search import service
from search.models import SearchEntry
from tests.factories import CityFactory, CityPageFactory, PracticePageFactory

pytestmark = pytest.mark.usefixtures("backend_name")


def found(query):
    return [hit.url for hit in service.search(query).hits]


@pytest.fixture
def city_page(corpus):
    return corpus["holiday"].get_parent()


def test_publishing_makes_a_page_findable(city_page):
    page = PracticePageFactory(parent=city_page, title="Lernpaten", live=False)
    assert found("Lernpaten") == []
    page.save_revision().publish()
    assert found("Lernpaten") == [page.url]


def test_publishing_a_change_updates_the_entry(corpus):
    page = corpus["holiday"]
    page.title = "Sommerakademie"
    page.save_revision().publish()
    assert found("Sommerakademie") == [page.url]
    assert found("alle") == []


def test_unpublishing_removes_the_entry(corpus):
    corpus["klar"].unpublish()
    assert not SearchEntry.objects.filter(key=f"page:{corpus['klar'].pk}").exists()


def test_deleting_removes_the_entry(corpus):
    key = f"page:{corpus['klar'].pk}"
    corpus["klar"].delete()
    assert not SearchEntry.objects.filter(key=key).exists()


def test_moving_updates_url_and_city(corpus):
    page = corpus["holiday"]
    other = CityPageFactory(
        parent=page.get_parent().get_parent(),
        city=CityFactory(name="Mannheim", slug="mannheim"),
    )
    other.save_revision().publish()
    page.move(other, pos="last-child")
    page.refresh_from_db()
    page.save_revision().publish()
    hit = service.search("Ferienprogramm").hits[0]
    assert hit.url == "/praxis/mannheim/" + page.slug + "/"
    assert hit.city == "Mannheim"


def test_a_view_restriction_hides_the_whole_subtree(corpus):
    city_page = corpus["holiday"].get_parent()
    restriction = PageViewRestriction.objects.create(
        page=city_page, restriction_type="login"
    )
    assert found("Ferienprogramm") == []
    restriction.delete()
    assert found("Ferienprogramm") == [corpus["holiday"].url]


def test_rebuild_command_reports_progress_and_count(corpus):
    SearchEntry.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_portal_index", stdout=out)
    assert "6 Einträge" in out.getvalue()
    assert "█" in out.getvalue()
    assert found("KLAR") == [corpus["klar"].url]


def test_a_rebuild_reads_tagged_practices_in_constant_queries(corpus):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from search import indexing
    from tests.factories import TagFactory

    city_page = corpus["holiday"].get_parent()
    topic = TagFactory(name="Lernpaten")

    def rebuild_queries():
        with CaptureQueriesContext(connection) as queries:
            indexing.rebuild()
        return len(queries)

    rebuild_queries()  # caches what every rebuild reads once (restrictions)
    before = rebuild_queries()
    for number in range(4):
        page = PracticePageFactory(parent=city_page, title=f"Paten {number}")
        page.tags.add(topic)
        page.save_revision().publish()
    assert rebuild_queries() == before


def test_a_moved_restricted_subtree_stays_out_of_the_index(corpus, home_page):
    from search import indexing
    from tests.factories import PracticeIndexPageFactory

    city_page = corpus["holiday"].get_parent()
    elsewhere = PracticeIndexPageFactory(parent=home_page, slug="praxis-neu")
    PageViewRestriction.objects.create(page=city_page, restriction_type="login")
    indexing.update_subtree(city_page.pk)  # what the restriction's task does
    assert found("Ferienprogramm") == []
    city_page.move(elsewhere, pos="last-child")
    indexing.update_subtree(city_page.pk)  # what the move's task does
    assert found("Ferienprogramm") == []
