"""The dispatch team's and the network editors' dashboard panels about print."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import RequestFactory

from dossiers.dashboard import DispatchPanel
from dossiers.models import OrderStatus
from tests.dossiers.factories import order_with_items

pytestmark = pytest.mark.django_db


@pytest.fixture
def network_client(client, dossier_site):
    user = get_user_model().objects.create_user("netz", password="geheim-123")
    user.groups.add(Group.objects.get(name="Netzwerkredaktion"))
    client.force_login(user)
    return client


@pytest.fixture
def open_orders(dossier_site):
    current = dossier_site.current
    return [
        order_with_items([(current, 1)], status=OrderStatus.CONFIRMED),
        order_with_items([(current, 1)], status=OrderStatus.CONFIRMED),
        order_with_items([(current, 1)], status=OrderStatus.UNCONFIRMED),
        order_with_items([(current, 1)], status=OrderStatus.SHIPPED),
    ]


def dashboard(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def status_lines(soup):
    panel = soup.find(id="dossier-dispatch-section")
    return {
        item["data-status"]: (item.get_text(" ", strip=True), item.find("a"))
        for item in panel.select("li[data-status]")
    }


def test_dispatch_sees_open_orders_by_status(dispatch_client, open_orders):
    lines = status_lines(dashboard(dispatch_client))

    assert [text for text, _ in lines.values()] == [
        "2 bestätigte Bestellungen warten auf den Versand",
        "0 Bestellungen sind in Bearbeitung",
        "1 Bestellung ist noch nicht von den Bestellenden bestätigt",
    ]


def test_each_count_links_to_the_orders_of_that_status(dispatch_client, open_orders):
    lines = status_lines(dashboard(dispatch_client))

    _, link = lines["bestaetigt"]
    assert link["href"] == "/admin/bestellungen/?status=bestaetigt"
    listing = dispatch_client.get(link["href"]).content.decode()
    assert open_orders[0].reference in listing
    assert open_orders[2].reference not in listing
    assert lines["in_bearbeitung"][1] is None  # nothing to open


def test_dispatch_panel_reads_a_fixed_number_of_queries(
    dossier_site, dispatch_user, django_assert_max_num_queries
):
    for _ in range(8):
        order_with_items([(dossier_site.current, 1)], status=OrderStatus.CONFIRMED)
    request = RequestFactory().get("/admin/")
    request.user = dispatch_user

    with django_assert_max_num_queries(4):
        html = DispatchPanel().render_html({"request": request})

    assert "8 bestätigte Bestellungen" in html


def test_dispatch_sees_no_page_search_and_no_editors_panels(
    dispatch_client, dossier_site
):
    soup = dashboard(dispatch_client)

    assert soup.find("form", attrs={"role": "search"}) is None
    for panel in (
        "city-practices-section",
        "practice-review-queue-section",
        "dossier-low-stock-section",
        "document-release-section",
    ):
        assert soup.find(id=panel) is None, panel


def test_network_editors_see_low_stock_with_links_to_the_dossiers(
    network_client, dossier_site, settings
):
    settings.DOSSIER_LOW_STOCK = 10
    soup = dashboard(network_client)

    panel = soup.find(id="dossier-low-stock-section")
    lines = [item.get_text(" ", strip=True) for item in panel.select("li")]
    assert lines == [
        "Themendossier 1: Bildung im Quartier : vergriffen",
        "Themendossier 2: Integrierte Bildungsplanung : 10 Exemplare",
    ]
    assert panel.select_one("li a")["href"] == (
        f"/admin/pages/{dossier_site.sold_out.pk}/edit/"
    )
    assert "höchstens 10 Exemplare" in panel.get_text()
    assert soup.find(id="dossier-dispatch-section") is None


def test_stock_above_the_threshold_is_not_listed(network_client, settings):
    settings.DOSSIER_LOW_STOCK = 5
    panel = dashboard(network_client).find(id="dossier-low-stock-section")
    assert [item.get_text(" ", strip=True) for item in panel.select("li")] == [
        "Themendossier 1: Bildung im Quartier : vergriffen"
    ]


def test_page_search_stays_for_editors(network_client):
    assert dashboard(network_client).find("form", attrs={"role": "search"})
