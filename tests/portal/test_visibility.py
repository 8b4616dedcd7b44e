"""Looking up the pages a site has once, the way visitors may see them."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core.visibility import live_single
from dossiers.models import DossierIndexPage
from tests.dossiers.factories import DossierIndexPageFactory


def test_the_single_index_page_is_found(home_page):
    index = DossierIndexPageFactory(parent=home_page)
    assert live_single(DossierIndexPage) == index


def test_a_draft_index_page_is_not_found(home_page):
    index = DossierIndexPageFactory(parent=home_page)
    index.unpublish()
    assert live_single(DossierIndexPage) is None


def test_a_restricted_index_page_is_found_only_when_asked_for_any(home_page):
    index = DossierIndexPageFactory(parent=home_page)
    PageViewRestriction.objects.create(page=index, restriction_type="login")
    assert live_single(DossierIndexPage) is None
    assert live_single(DossierIndexPage, public=False) == index


def test_lookup_does_not_sort_by_tree_path(home_page):
    # Sorting by path makes the database walk the whole page tree.
    DossierIndexPageFactory(parent=home_page)
    with CaptureQueriesContext(connection) as queries:
        live_single(DossierIndexPage, public=False)
    assert "path" not in queries.captured_queries[-1]["sql"].split("ORDER BY")[-1]


def test_the_index_page_is_looked_up_once_until_a_page_changes(
    home_page, django_assert_num_queries
):
    DossierIndexPageFactory(parent=home_page)
    live_single(DossierIndexPage)
    with django_assert_num_queries(0):
        assert live_single(DossierIndexPage) is not None


def test_a_renamed_index_page_is_found_with_its_new_title(home_page):
    index = DossierIndexPageFactory(parent=home_page, title="Dossiers")
    live_single(DossierIndexPage)
    index.title = "Themendossiers"
    index.save_revision().publish()
    assert live_single(DossierIndexPage).title == "Themendossiers"


def test_each_caller_gets_its_own_copy(home_page):
    DossierIndexPageFactory(parent=home_page)
    first = live_single(DossierIndexPage)
    first.title = "Geändert in einer Anfrage"
    assert live_single(DossierIndexPage).title != first.title
