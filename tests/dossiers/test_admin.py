import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from openpyxl import load_workbook

from dossiers.models import OrderStatus, PrintOrder, PrintStock
from tests.dossiers.factories import order_with_items
from tests.markup import FORMULA_FORMS
from tests.spreadsheets import csv_dicts

ORDERS = "/admin/bestellungen/"


@pytest.fixture
def orders(dossier_site):
    confirmed = order_with_items(
        [(dossier_site.current, 2)],
        name='=HYPERLINK("http://boese.example")',
        organisation="+49 Büro",
    )
    unconfirmed = order_with_items(
        [(dossier_site.current, 1)], status=OrderStatus.UNCONFIRMED, name="Max Neu"
    )
    return confirmed, unconfirmed


@pytest.fixture
def editor_client(client, dossier_site):
    """A network editor: admin access and page rights, but not dispatch."""
    user = get_user_model().objects.create_user("redaktion", password="geheim-123")
    user.groups.add(Group.objects.get(name="Netzwerkredaktion"))
    client.force_login(user)
    return client


def order_urls(order, stock):
    return [
        ORDERS,
        f"{ORDERS}results/",
        f"{ORDERS}?export=csv",
        f"{ORDERS}?export=xlsx",
        f"{ORDERS}inspect/{order.pk}/",
        f"{ORDERS}edit/{order.pk}/",
        f"{ORDERS}delete/{order.pk}/",
        f"{ORDERS}history/{order.pk}/",
        f"{ORDERS}new/",
        f"/admin/bulk/dossiers/printorder/mark_shipped/?id={order.pk}",
        "/admin/lagerbestand/",
        f"/admin/lagerbestand/edit/{stock.pk}/",
    ]


def test_an_editor_without_dispatch_sees_no_orders_not_even_by_url(
    editor_client, orders, dossier_site
):
    confirmed, _ = orders
    stock = PrintStock.objects.get(dossier=dossier_site.current)

    for url in order_urls(confirmed, stock):
        for method in ("get", "post"):
            response = getattr(editor_client, method)(url, {"status": "versendet"})
            assert response.status_code in (302, 403), (method, url)
            assert b"HYPERLINK" not in response.content, url

    confirmed.refresh_from_db()
    assert confirmed.status == OrderStatus.CONFIRMED
    dashboard = editor_client.get("/admin/").content.decode()
    assert "Druckversand" not in dashboard and "Bestellungen" not in dashboard


def test_anonymous_visitors_are_sent_to_the_login(client, orders):
    response = client.get(ORDERS)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_dispatch_lists_filters_and_searches_orders(dispatch_client, orders):
    confirmed, unconfirmed = orders

    listing = dispatch_client.get(ORDERS).content.decode()
    assert confirmed.reference in listing and unconfirmed.reference in listing

    only_confirmed = dispatch_client.get(ORDERS, {"status": "bestaetigt"})
    assert unconfirmed.reference not in only_confirmed.content.decode()
    found = dispatch_client.get(ORDERS, {"q": "Max Neu"}).content.decode()
    assert unconfirmed.reference in found and confirmed.reference not in found


def test_dispatch_filters_by_dossier_and_date(dispatch_client, orders, dossier_site):
    confirmed, _ = orders

    by_dossier = dispatch_client.get(ORDERS, {"dossier": dossier_site.sold_out.pk})
    by_date = dispatch_client.get(
        ORDERS, {"created_at_from": "2000-01-01", "created_at_to": "2000-01-02"}
    )
    today = dispatch_client.get(
        ORDERS, {"created_at_from": confirmed.created_at.date().isoformat()}
    )

    assert confirmed.reference not in by_dossier.content.decode()
    assert confirmed.reference not in by_date.content.decode()
    assert confirmed.reference in today.content.decode()


def test_dispatch_sees_the_address_in_the_detail(dispatch_client, orders):
    confirmed, _ = orders
    content = dispatch_client.get(f"{ORDERS}inspect/{confirmed.pk}/").content.decode()
    assert "Rathausplatz 1" in content and "2 × Themendossier 2" in content


def change_status(client, order, status):
    return client.post(
        f"{ORDERS}edit/{order.pk}/", {"status": status, "note": "Paket 1"}
    )


def test_status_moves_from_confirmed_to_processing_to_shipped(dispatch_client, orders):
    confirmed, _ = orders

    assert (
        change_status(dispatch_client, confirmed, "in_bearbeitung").status_code == 302
    )
    confirmed.refresh_from_db()
    assert confirmed.status == OrderStatus.PROCESSING
    assert confirmed.note == "Paket 1"

    change_status(dispatch_client, confirmed, "versendet")
    confirmed.refresh_from_db()
    assert confirmed.status == OrderStatus.SHIPPED


def test_cancelling_returns_the_copies(dispatch_client, orders, dossier_site):
    confirmed, _ = orders
    stock = PrintStock.objects.get(dossier=dossier_site.current)
    assert stock.stock == 7

    change_status(dispatch_client, confirmed, "storniert")

    stock.refresh_from_db()
    assert stock.stock == 9
    change_status(dispatch_client, confirmed, "storniert")  # nothing twice
    stock.refresh_from_db()
    assert stock.stock == 9


def test_shipping_keeps_the_copies_out_of_stock(dispatch_client, orders, dossier_site):
    confirmed, _ = orders

    change_status(dispatch_client, confirmed, "versendet")

    confirmed.refresh_from_db()
    assert confirmed.status == OrderStatus.SHIPPED
    assert PrintStock.objects.get(dossier=dossier_site.current).stock == 7


def test_dispatch_cannot_skip_the_orderers_confirmation(dispatch_client, orders):
    _, unconfirmed = orders
    edit = dispatch_client.get(f"{ORDERS}edit/{unconfirmed.pk}/").content.decode()
    assert 'value="bestaetigt"' not in edit

    response = change_status(dispatch_client, unconfirmed, "bestaetigt")

    assert response.status_code == 200  # the form again, with an error
    unconfirmed.refresh_from_db()
    assert unconfirmed.status == OrderStatus.UNCONFIRMED


def test_bulk_action_marks_several_orders_shipped(
    dispatch_client, orders, dossier_site
):
    confirmed, unconfirmed = orders
    other = order_with_items([(dossier_site.current, 1)])
    ids = f"id={confirmed.pk}&id={other.pk}&id={unconfirmed.pk}"
    url = f"/admin/bulk/dossiers/printorder/mark_shipped/?{ids}&next={ORDERS}"

    confirm_page = dispatch_client.get(url)
    assert confirm_page.status_code == 200
    response = dispatch_client.post(url)

    assert response.status_code == 302
    statuses = dict(PrintOrder.objects.values_list("pk", "status"))
    assert statuses[confirmed.pk] == statuses[other.pk] == OrderStatus.SHIPPED
    assert statuses[unconfirmed.pk] == OrderStatus.UNCONFIRMED


def test_listing_offers_the_bulk_action(dispatch_client, orders):
    content = dispatch_client.get(ORDERS).content.decode()
    assert "bulk-actions.js" in content
    assert "mark_shipped" in content


def test_csv_export_is_an_address_list_without_formulas(dispatch_client, orders):
    response = dispatch_client.get(ORDERS, {"export": "csv", "status": "bestaetigt"})

    rows = csv_dicts(response)
    assert len(rows) == 1
    row = rows[0]
    assert row["Name"] == '\'=HYPERLINK("http://boese.example")'
    assert row["Organisation"] == "'+49 Büro"
    assert row["Straße und Hausnummer"] == "Rathausplatz 1"
    assert row["Land"] == "Deutschland"
    assert row["Hefte"] == "2 × Themendossier 2: Integrierte Bildungsplanung"
    assert "bestellungen-adressen.csv" in response["Content-Disposition"]


CONFIRMED_AT = datetime.datetime(2026, 7, 1, 22, 30, 15, 123456, tzinfo=datetime.UTC)


def test_csv_export_opens_in_german_excel(dispatch_client, orders):
    confirmed, _ = orders
    PrintOrder.objects.filter(pk=confirmed.pk).update(confirmed_at=CONFIRMED_AT)
    response = dispatch_client.get(ORDERS, {"export": "csv", "status": "bestaetigt"})

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    (row,) = csv_dicts(response)
    assert row["Bestätigt am"] == "02.07.2026 00:30"  # Europe/Berlin, summer time


def test_xlsx_export_holds_local_times_as_real_dates(dispatch_client, orders):
    confirmed, unconfirmed = orders
    PrintOrder.objects.filter(pk=confirmed.pk).update(confirmed_at=CONFIRMED_AT)
    response = dispatch_client.get(ORDERS, {"export": "xlsx"})

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    headings = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    column = headings.index("Bestätigt am")
    values = [row[column] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert datetime.datetime(2026, 7, 2, 0, 30) in values
    assert None in values  # the unconfirmed order: an empty cell, not "None"


def test_detail_shows_local_times_and_a_dash_for_what_is_missing(
    dispatch_client, orders
):
    confirmed, _ = orders
    PrintOrder.objects.filter(pk=confirmed.pk).update(confirmed_at=CONFIRMED_AT)
    response = dispatch_client.get(f"{ORDERS}inspect/{confirmed.pk}/")
    soup = BeautifulSoup(response.content, "html.parser")
    shown = {
        dt.get_text(strip=True): dt.find_next("dd").get_text(strip=True)
        for dt in soup.select("dt")
    }
    assert shown["Bestätigt am"] == "02.07.2026 00:30"
    assert shown["Anonymisiert am"] == "–"


def test_xlsx_export_keeps_formulas_as_text(dispatch_client, orders):
    response = dispatch_client.get(ORDERS, {"export": "xlsx"})

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    names = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert '\'=HYPERLINK("http://boese.example")' in names


def exported_names(client, export_format):
    response = client.get(ORDERS, {"export": export_format})
    content = b"".join(response.streaming_content)
    if export_format == "csv":
        return [row["Name"] for row in csv_dicts(content)]
    sheet = load_workbook(io.BytesIO(content)).active
    return [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize("name", FORMULA_FORMS)
def test_every_form_of_a_formula_is_exported_as_text(
    dispatch_client, dossier_site, export_format, name
):
    order_with_items([(dossier_site.current, 1)], name=f"{name} Augsburg")
    [exported] = exported_names(dispatch_client, export_format)
    assert exported.startswith("'"), repr(exported)
    assert exported.endswith("Augsburg")


def test_dashboard_shows_new_orders_and_low_stock(
    dispatch_client, orders, dossier_site, settings
):
    settings.DOSSIER_LOW_STOCK = 10
    content = dispatch_client.get("/admin/").content.decode()
    assert "1 bestätigte Bestellung" in content
    assert orders[0].reference in content
    assert "Lagerbestand niedrig" in content
    assert "Themendossier 2: Integrierte Bildungsplanung</a>: 7 Exemplare" in content


def test_stock_is_booked_as_a_change_not_overwritten(dispatch_client, dossier_site):
    stock = PrintStock.objects.get(dossier=dossier_site.current)
    PrintStock.reserve(dossier_site.current.pk, 3)  # an order meanwhile

    response = dispatch_client.post(
        f"/admin/lagerbestand/edit/{stock.pk}/", {"change": "250"}
    )

    assert response.status_code == 302
    stock.refresh_from_db()
    assert stock.stock == 257


def test_stock_cannot_go_below_zero(dispatch_client, dossier_site):
    stock = PrintStock.objects.get(dossier=dossier_site.current)
    response = dispatch_client.post(
        f"/admin/lagerbestand/edit/{stock.pk}/", {"change": "-11"}
    )
    assert response.status_code == 200
    assert "nur 10 Exemplare auf Lager" in response.content.decode()


def test_dispatch_group_has_exactly_the_order_permissions(db):
    codenames = set(
        Group.objects.get(name="Versand").permissions.values_list("codename", flat=True)
    )
    assert codenames == {
        "access_admin",
        "view_printorder",
        "change_printorder",
        "view_printstock",
        "change_printstock",
    }
    assert not Permission.objects.filter(
        group__name="Netzwerkredaktion", content_type__app_label="dossiers"
    ).exists()


def test_editors_can_open_the_dossier_forms(admin_client, dossier_site):
    index, page = dossier_site.index, dossier_site.current
    add = admin_client.get(f"/admin/pages/add/dossiers/dossierpage/{index.pk}/")
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert add.status_code == edit.status_code == 200
    assert "Als Druckausgabe bestellbar" in edit.content.decode()
