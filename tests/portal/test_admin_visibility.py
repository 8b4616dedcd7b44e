"""City editors see no other city's drafts and no member-area pages in the admin."""

import pytest

from tests.factories import PracticePageFactory
from tests.members.factories import MemberAreaPageFactory
from tests.practices import build_tree, make_editor

pytestmark = pytest.mark.django_db

DRAFT = "Entwurf Augsburg"
MEMBERS_ONLY = "Interner Bereich"
DENIED_MESSAGE = "Sie haben leider keinen Zugang zu diesem Bereich."


@pytest.fixture
def tree(wagtail_indexes, home_page):
    tree = build_tree(home_page)
    tree.draft = PracticePageFactory(
        parent=tree.augsburg, title=DRAFT, slug="entwurf", live=False
    )
    tree.own_draft = PracticePageFactory(
        parent=tree.mannheim, title="Entwurf Mannheim", slug="entwurf", live=False
    )
    tree.member_area = MemberAreaPageFactory(parent=home_page, title=MEMBERS_ONLY)
    return tree


@pytest.fixture
def city_client(client, tree):
    client.force_login(make_editor("mannheim", "Redaktion Mannheim"))
    return client


@pytest.fixture
def network_client(client, tree):
    client.force_login(make_editor("netzwerk", "Netzwerkredaktion"))
    return client


def chooser_urls(tree):
    return {
        "home": f"/admin/choose-page/{tree.home.pk}/",
        "augsburg": f"/admin/choose-page/{tree.augsburg.pk}/",
        "search-draft": "/admin/choose-page/search/?q=Entwurf",
        "search-members": "/admin/choose-page/search/?q=Interner",
    }


def chooser_text(client, url):
    response = client.get(url)
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]  # browsing; the search answers with HTML
    return response.content.decode()


@pytest.mark.parametrize(
    "endpoint", ["home", "augsburg", "search-draft", "search-members"]
)
def test_city_editors_chooser_hides_other_drafts_and_the_member_area(
    city_client, tree, endpoint
):
    html = chooser_text(city_client, chooser_urls(tree)[endpoint])

    assert DRAFT not in html
    assert MEMBERS_ONLY not in html


def test_city_editors_chooser_lists_their_own_drafts(city_client, tree):
    html = chooser_text(city_client, "/admin/choose-page/search/?q=Entwurf")

    assert "Entwurf Mannheim" in html


def test_city_editors_chooser_lists_live_pages_of_other_cities(city_client, tree):
    html = chooser_text(city_client, f"/admin/choose-page/{tree.augsburg.pk}/")

    assert "Bildungsregion Augsburg" in html


@pytest.mark.parametrize(
    "endpoint, title",
    [("augsburg", DRAFT), ("search-draft", DRAFT), ("home", MEMBERS_ONLY)],
)
def test_network_editors_chooser_lists_every_page(
    network_client, tree, endpoint, title
):
    html = chooser_text(network_client, chooser_urls(tree)[endpoint])

    assert title in html


def test_city_editors_cannot_open_the_page_types_report(city_client):
    response = city_client.get("/admin/reports/page-types-usage/", follow=True)

    assert DENIED_MESSAGE in response.content.decode()
    # The dashboard they land on names their practices, never the page types.
    assert "Kommunenseite" not in response.content.decode()


def test_city_editors_cannot_load_the_page_types_results(city_client):
    response = city_client.get(
        "/admin/reports/page-types-usage/results/",
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 403


def test_city_editors_menu_offers_no_page_types_report(city_client):
    response = city_client.get("/admin/")

    assert "/admin/reports/page-types-usage/" not in response.content.decode()


def test_network_editors_open_the_page_types_report(network_client):
    response = network_client.get("/admin/reports/page-types-usage/")

    assert response.status_code == 200
    assert "/admin/reports/page-types-usage/" in response.content.decode()
