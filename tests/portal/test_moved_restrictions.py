"""A restricted page keeps its restriction when it moves, in every cached view."""

from wagtail.models import PageViewRestriction

from core.visibility import is_restricted, page_is_findable
from tests.factories import StandardPageFactory


def test_a_moved_restricted_page_stays_restricted(home_page):
    first = StandardPageFactory(parent=home_page, slug="erste")
    second = StandardPageFactory(parent=home_page, slug="zweite")
    private = StandardPageFactory(parent=first, slug="intern")
    below = StandardPageFactory(parent=private, slug="protokolle")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    assert is_restricted(below)  # the restricted paths are cached now
    private.move(second, pos="last-child")
    below.refresh_from_db()
    assert is_restricted(below)
    assert not page_is_findable(below)
