"""Registering for a meeting with the keyboard alone, confirming by mail and
cancelling; axe-core on every step."""

import re

from django.core import mail
from playwright.sync_api import expect

from meetings.models import Registration
from tests.browser.conftest import assert_focus_visible, run_axe, screenshot, tab_to

UPCOMING = "/veranstaltungen/werkstatt-beteiligung-junger-menschen/"
EMAIL = "tastatur-anmeldung@example.org"


def named(text):
    return lambda stop: stop["text"].startswith(text)


def field(name):
    return lambda stop: stop["name"] == name


def type_into(page, name, value, limit=3):
    stops = tab_to(page, field(name), limit=limit)
    page.keyboard.press("Control+A")
    page.keyboard.type(value)
    return stops


def link_in_mail(marker):
    [message] = [m for m in mail.outbox if m.to == [EMAIL] and marker in m.body]
    return re.search(rf"https?://\S+{marker}\S+/", message.body).group(0)


def assert_no_axe_violations(page):
    assert run_axe(page) == []


def test_keyboard_alone_registers_confirms_and_cancels(page, demo_site):
    mail.outbox.clear()
    page.goto(demo_site + UPCOMING)
    assert_no_axe_violations(page)
    stops = tab_to(page, named("Zum Inhalt springen"), limit=1)
    page.keyboard.press("Enter")
    stops += tab_to(page, named("Jetzt anmelden"))
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_contain_text("Anmeldung: Online-Werkstatt")
    assert_no_axe_violations(page)

    stops += tab_to(page, named("Zum Inhalt springen"), limit=1)
    page.keyboard.press("Enter")
    form_stops = type_into(page, "name", "Tara Tastatur", limit=5)
    for name, value in [
        ("organisation", "Amt für Bildung"),
        ("city", "Mannheim"),
        ("email", EMAIL),
        ("accessibility_needs", "Gebärdensprachdolmetschung"),
    ]:
        form_stops += type_into(page, name, value)
    form_stops += tab_to(page, field("privacy_consent"), limit=3)
    page.keyboard.press("Space")
    form_stops += tab_to(page, named("Anmeldung absenden"), limit=3)
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Bitte bestätigen Sie Ihre Anmeldung")
    assert_no_axe_violations(page)

    page.goto(link_in_mail("/bestaetigen/"))
    assert_no_axe_violations(page)
    stops += tab_to(page, named("Anmeldung jetzt bestätigen"))
    page.keyboard.press("Space")
    expect(page.locator(".registration__status h2")).to_have_text("Sie sind angemeldet")
    expect(page.get_by_text("konferenz.example.org").first).to_be_visible()
    assert_no_axe_violations(page)
    screenshot(page, "meeting-registration-confirmed")

    stops += tab_to(page, named("Von der Veranstaltung abmelden"))
    page.keyboard.press("Enter")
    expect(page.locator(".registration__status h2")).to_have_text("Sie sind abgemeldet")

    assert_focus_visible(stops + form_stops)
    assert [stop["name"] for stop in form_stops if stop["name"]] == [
        "name",
        "organisation",
        "city",
        "email",
        "accessibility_needs",
        "privacy_consent",
    ]
    Registration.objects.filter(email=EMAIL).delete()


def test_registration_form_with_errors_has_no_axe_violations(page, demo_site):
    page.goto(demo_site + UPCOMING)
    page.get_by_role("link", name=re.compile("^Jetzt anmelden")).click()
    page.get_by_role("button", name="Anmeldung absenden").click()
    expect(page).to_have_title(re.compile("^Fehler: "))
    assert_no_axe_violations(page)
    screenshot(page, "meeting-registration-errors")
