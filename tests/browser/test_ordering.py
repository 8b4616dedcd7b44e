"""Ordering printed dossiers, once with the mouse and once with the keyboard alone."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from dossiers.models import DossierIndexPage, OrderStatus, PrintOrder
from tests.browser.conftest import assert_focus_visible, tab_to
from tests.dossiers.factories import DossierPageFactory

FIRST = "Themendossier 1: Integrierte Bildungsplanung"
SECOND = "Themendossier 2: Bildung im Quartier"
ADDRESS = [
    ("Name", "Erika Mustermann"),
    ("Straße und Hausnummer", "Rathausplatz 1"),
    ("Postleitzahl", "68159"),
    ("Ort", "Mannheim"),
]


@pytest.fixture(scope="module")
def second_dossier(demo_site):
    """A second issue in print, so an order can hold two dossiers."""
    dossier = DossierPageFactory(
        parent=DossierIndexPage.objects.get(),
        title="Bildung im Quartier",
        slug="bildung-im-quartier",
        issue_number=2,
        stock=100,
    )
    yield dossier
    dossier.delete()


def confirmation_link(recipient):
    [message] = [m for m in mail.outbox if m.to == [recipient]]
    return re.search(r"https?://\S+/bestaetigen/\S+/", message.body).group(0)


def test_visitor_orders_two_dossiers_and_confirms_by_mail(
    page, demo_site, second_dossier
):
    page.goto(demo_site + "/themendossiers/")
    page.get_by_role("link", name="Druckausgaben kostenfrei bestellen").click()
    expect(page.locator("h1")).to_have_text("Themendossiers kostenfrei bestellen")
    page.get_by_label(re.compile(f"^{FIRST}")).fill("2")
    page.get_by_label(re.compile(f"^{SECOND}")).fill("1")
    for label, value in ADDRESS:
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_label("E-Mail-Adresse").fill("erika@example.org")
    page.get_by_label(re.compile("^Ich habe die Datenschutzerklärung gelesen")).check()
    page.get_by_role("button", name="Weiter zur Übersicht").click()

    expect(page.locator("h1")).to_have_text("Bitte prüfen Sie Ihre Bestellung")
    expect(page.locator(".order-table tbody tr")).to_have_text(
        [re.compile(f"{SECOND}.*1$"), re.compile(f"{FIRST}.*2$")]
    )
    expect(page.locator("address")).to_contain_text("68159 Mannheim")
    page.get_by_role("button", name="Kostenfrei bestellen").click()

    expect(page.locator("h1")).to_have_text(
        "Fast geschafft: Bitte bestätigen Sie Ihre Bestellung"
    )
    reference = page.locator(".order-reference strong").inner_text()
    order = PrintOrder.objects.get(reference=reference)
    assert order.status == OrderStatus.UNCONFIRMED
    assert order.items.count() == 2

    page.goto(confirmation_link("erika@example.org"))
    expect(page.locator("h1")).to_have_text(f"Bestellung {reference} bestätigen")
    page.get_by_role("button", name="Bestellung jetzt bestätigen").click()
    expect(page.locator("h1")).to_have_text(
        "Vielen Dank – Ihre Bestellung ist bestätigt"
    )
    order.refresh_from_db()
    assert order.status == OrderStatus.CONFIRMED


def named(text):
    return lambda stop: stop["text"].startswith(text)


def field(name):
    return lambda stop: stop["name"] == name


def type_into(page, name, value, limit=2):
    """Tab to the field called `name`, replace its value; the stops on the way."""
    stops = tab_to(page, field(name), limit=limit)
    page.keyboard.press("Control+A")
    page.keyboard.type(value)
    return stops


def skip_to_content(page):
    stops = tab_to(page, named("Zum Inhalt springen"), limit=1)
    page.keyboard.press("Enter")
    return stops


def test_keyboard_alone_completes_an_order_with_focus_always_visible(
    page, demo_site, second_dossier
):
    first = (
        DossierIndexPage.objects.get()
        .get_children()
        .get(slug="integrierte-bildungsplanung")
    )
    page.goto(demo_site + "/themendossiers/")
    stops = skip_to_content(page)
    stops += tab_to(page, named("Druckausgaben kostenfrei bestellen"))
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Themendossiers kostenfrei bestellen")

    stops += skip_to_content(page)
    form_stops = type_into(page, f"quantity_{second_dossier.pk}", "3", limit=10)
    form_stops += type_into(page, f"quantity_{first.pk}", "1")
    for name, value in [
        ("name", "Erika Mustermann"),
        ("street", "Rathausplatz 1"),
        ("postcode", "68159"),
        ("town", "Mannheim"),
        ("email", "tastatur@example.org"),
    ]:
        form_stops += type_into(page, name, value)
    form_stops += tab_to(page, field("consent"), limit=3)
    page.keyboard.press("Space")
    form_stops += tab_to(page, named("Weiter zur Übersicht"), limit=2)
    page.keyboard.press("Enter")

    expect(page.locator("h1")).to_have_text("Bitte prüfen Sie Ihre Bestellung")
    expect(page.locator(".order-table tbody tr")).to_have_text(
        [re.compile(f"{SECOND}.*3$"), re.compile(f"{FIRST}.*1$")]
    )
    stops += tab_to(page, named("Kostenfrei bestellen"))
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_contain_text("Fast geschafft")

    page.goto(confirmation_link("tastatur@example.org"))
    stops += tab_to(page, named("Bestellung jetzt bestätigen"))
    page.keyboard.press("Space")
    expect(page.locator("h1")).to_have_text(
        "Vielen Dank – Ihre Bestellung ist bestätigt"
    )

    assert_focus_visible(stops + form_stops)
    # Fields come in the order they are read, each below or right of the last.
    assert [stop["name"] for stop in form_stops if stop["name"]] == [
        f"quantity_{second_dossier.pk}",
        f"quantity_{first.pk}",
        "name",
        "organisation",
        "street",
        "postcode",
        "town",
        "country",
        "email",
        "phone",
        "purpose",
        "consent",
        "action",
    ]
    positions = [(round(stop["top"]), stop["left"]) for stop in form_stops]
    assert positions == sorted(positions), form_stops
