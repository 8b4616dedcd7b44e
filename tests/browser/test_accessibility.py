import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.browser.conftest import run_axe, screenshot

PAGES = [
    ("home", "/"),
    ("standard-page", "/impressum/"),
    ("accessibility-statement", "/barrierefreiheit/"),
    ("tag-overview", "/schlagwort/"),
    ("tag-page", "/schlagwort/sozialraeumlich/"),
    ("tag-page-topic", "/schlagwort/bildungsmonitoring/"),
    ("search", "/suche/?q=Bildung"),
    ("search-filtered", "/suche/?q=Planung&typ=practice&stadt=Augsburg"),
    ("search-no-hits", "/suche/?q=Bildungsplanug"),
    ("search-empty", "/suche/"),
    ("not-found", "/gibt-es-nicht/"),
    ("practice-listing", "/praxis/?ansatz=datenbasiert&stadt=augsburg"),
    ("practice-listing-keyword", "/praxis/?q=Quartier&ansatz=datenbasiert"),
    ("practice-listing-keyword-empty", "/praxis/?q=Zirkuszelt"),
    ("practice-listing-empty", "/praxis/?ansatz=partizipativ&stadt=mannheim"),
    (
        "practice-listing-nothing-left",
        "/praxis/?ansatz=datenbasiert&stadt=augsburg&status=abgeschlossen",
    ),
    ("city-page", "/praxis/mannheim/"),
    ("practice-page", "/praxis/mannheim/integriertes-sozialmanagement/"),
    ("dossier-index", "/themendossiers/"),
    ("dossier-page", "/themendossiers/integrierte-bildungsplanung/"),
    ("dossier-order-form", "/themendossiers/bestellen/"),
    ("report-index", "/aktuelles/"),
    ("report-index-filtered", "/aktuelles/?jahr=2026"),
    ("report-page", "/aktuelles/standortbestimmung-kommunaler-bildungsplanung/"),
    ("downloads", "/downloads/?q=Daten"),
    ("form-page", "/mitglied-werden/"),
    ("login-page", "/anmelden/"),
    ("password-reset", "/passwort-vergessen/"),
    ("password-reset-sent", "/passwort-vergessen/gesendet/"),
    ("network-figures", "/netzwerk-in-zahlen/"),
    ("open-data", "/daten/"),
    ("contact-page", "/kontakt/"),
    ("contact-message-form", "/kontakt/nachricht/"),
    ("meeting-index", "/veranstaltungen/"),
    ("meeting-index-past", "/veranstaltungen/?zeit=vergangene&ansatz=datenbasiert"),
    ("meeting-upcoming", "/veranstaltungen/werkstatt-beteiligung-junger-menschen/"),
    (
        "meeting-past",
        "/veranstaltungen/standortbestimmung-kommunaler-bildungsplanung/",
    ),
    ("easy-language", "/leichte-sprache/"),
    ("easy-language-usage", "/leichte-sprache/so-benutzen-sie-das-portal/"),
    ("easy-language-statement", "/leichte-sprache/barrierefreiheit/"),
    ("sign-language", "/gebaerdensprache/"),
    ("barrier-report-form", "/barriere-melden/"),
    ("barrier-report-sent", "/barriere-melden/gesendet/"),
    ("search-easy-language", "/suche/?q=Portal&typ=easy_language"),
    ("alerts-subscribe", "/benachrichtigungen/"),
    ("alerts-received", "/benachrichtigungen/eingegangen/"),
    ("alerts-ended", "/benachrichtigungen/abgemeldet/"),
]


MEMBER_PAGES = [
    ("member-area", "/intern/"),
    ("member-meeting-page", "/intern/standortbestimmung-kommunaler-bildungsplanung/"),
]


@pytest.mark.parametrize(("name", "path"), PAGES + MEMBER_PAGES)
def test_page_has_no_axe_violations(page, visit, name, path):
    visit(path)
    assert run_axe(page) == []
    screenshot(page, name, reload=True)


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page, demo_site):
    page.goto(demo_site + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Zum Inhalt springen"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_every_step_of_a_print_order_has_no_axe_violations(page, demo_site):
    page.goto(demo_site + "/themendossiers/bestellen/")
    for label, value in [
        ("Name", "Erika Mustermann"),
        ("Straße und Hausnummer", "Rathausplatz 1"),
        ("Postleitzahl", "68159"),
        ("Ort", "Mannheim"),
        ("E-Mail-Adresse", "barrierefrei@example.org"),
    ]:
        page.get_by_label(label, exact=True).fill(value)
    page.locator("input[name^=quantity_]").first.fill("2")
    page.locator("#id_consent").check()
    steps = [
        ("dossier-order-review", "Weiter zur Übersicht"),
        ("dossier-order-received", "Kostenfrei bestellen"),
    ]
    for name, button in steps:
        page.get_by_role("button", name=button).click()
        page.wait_for_load_state()
        assert run_axe(page) == [], name
        screenshot(page, name)
    [message] = mail.outbox
    page.goto(re.search(r"http\S+/bestaetigen/\S+/", message.body).group(0))
    assert run_axe(page) == []
    screenshot(page, "dossier-order-confirm")
    page.get_by_role("button", name="Bestellung jetzt bestätigen").click()
    expect(page.locator("h1")).to_have_text(
        "Vielen Dank – Ihre Bestellung ist bestätigt"
    )
    assert run_axe(page) == []
    screenshot(page, "dossier-order-confirmed")


def test_form_page_thank_you_page_has_no_axe_violations(page, demo_site):
    page.goto(demo_site + "/mitglied-werden/")
    for field, value in [
        ("kommune", "Musterstadt"),
        ("ansprechperson", "Erika Mustermann"),
        ("e_mail", "bildung@musterstadt.example"),
    ]:
        page.locator(f"#id_{field}").fill(value)
    page.locator("#id_bundesland").select_option("Hessen")
    page.locator("#id_privacy_consent").check()
    page.get_by_role("button", name="Absenden", exact=True).click()
    expect(page.locator("h1")).to_have_text("Vielen Dank")
    expect(page.get_by_role("status")).to_be_visible()
    assert run_axe(page) == []
    screenshot(page, "form-page-thank-you")
    [message] = mail.outbox  # the submission really arrived
    assert "Musterstadt" in message.body
