"""Wagtail's view-restriction check on serving a page, answered from the held
restricted paths for public pages and by Wagtail everywhere else."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, get_page_models

from core.visibility import CachedViewRestrictionsMixin
from tests.factories import StandardPageFactory


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )


def asks_for_login(response):
    login = settings.WAGTAIL_FRONTEND_LOGIN_URL
    return response.status_code == 302 and response["Location"].startswith(login)


@pytest.fixture
def public_page(home_page):
    return StandardPageFactory(parent=home_page, slug="oeffentlich")


@pytest.fixture
def private_page(home_page):
    page = StandardPageFactory(parent=home_page, slug="intern")
    restrict(page)
    return page


def test_a_public_page_is_served_without_asking_for_restrictions(client, public_page):
    client.get(public_page.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(public_page.url).status_code == 200
    sql = [query["sql"] for query in queries.captured_queries]
    assert not [query for query in sql if "wagtailcore_pageviewrestriction" in query]
    # Wagtail's look for aliases among the ancestors reads only their alias_of.
    selects = [query.split(" FROM ")[0] for query in sql]
    assert not [s for s in selects if s.count(",") == 1 and "alias_of_id" in s]


def test_a_restricted_page_asks_for_a_login(client, private_page):
    assert asks_for_login(client.get(private_page.url))


def test_a_page_below_a_restricted_page_asks_for_a_login(client, private_page):
    below = StandardPageFactory(parent=private_page, slug="protokolle")
    assert asks_for_login(client.get(below.url))


def test_a_restriction_applies_to_the_next_request(client, public_page):
    assert client.get(public_page.url).status_code == 200
    restrict(public_page)
    assert asks_for_login(client.get(public_page.url))


def test_an_alias_of_a_restricted_page_asks_for_a_login(
    client, home_page, private_page
):
    elsewhere = StandardPageFactory(parent=home_page, slug="anderswo")
    alias = private_page.create_alias(parent=elsewhere, update_slug="intern-kopie")
    assert asks_for_login(client.get(alias.url))


def test_a_page_below_an_alias_of_a_restricted_page_asks_for_a_login(
    client, home_page, private_page
):
    # Wagtail checks an alias's source, not the alias's own ancestors.
    alias = private_page.create_alias(parent=home_page, update_slug="intern-kopie")
    below = StandardPageFactory(parent=alias, slug="notizen")
    assert asks_for_login(client.get(below.url))


def test_a_restriction_set_elsewhere_during_a_cache_outage_applies_at_once(
    client, public_page, dead_redis
):
    # bulk_create sends no signal: as another app server's change, of which
    # this process hears nothing while the shared cache is down.
    assert client.get(public_page.url).status_code == 200
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=public_page, restriction_type="login")]
    )
    assert asks_for_login(client.get(public_page.url))


def test_every_page_type_of_the_portal_answers_from_the_held_paths():
    portal_types = [
        m for m in get_page_models() if not m.__module__.startswith("wagtail")
    ]
    assert portal_types
    assert [
        m.__name__
        for m in portal_types
        if not issubclass(m, CachedViewRestrictionsMixin)
    ] == []
