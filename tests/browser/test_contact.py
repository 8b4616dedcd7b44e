"""Writing to a practice's contact person: form, confirmation by mail, forward."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.browser.conftest import run_axe, screenshot

PRACTICE = "/praxis/mannheim/integriertes-sozialmanagement/"
PERSON = "Heike Fleischmann"
PERSON_ADDRESS = "h.fleischmann@example.org"
SENDER = "jana.schreiber@example.org"


def open_form(page, demo_site):
    page.goto(demo_site + PRACTICE)
    page.get_by_role("link", name=f"Nachricht schreiben an {PERSON}").click()
    expect(page.locator("h1")).to_have_text(f"Nachricht an {PERSON}")


def fill_in(page):
    page.get_by_label("Ihr Name").fill("Jana Schreiber")
    page.get_by_label("Ihre E-Mail-Adresse").fill(SENDER)
    page.get_by_label("Betreff").fill("Frage zum Sozialmanagement")
    page.get_by_label("Ihre Nachricht").fill("Wie haben Sie die Ämter eingebunden?")
    page.get_by_label(re.compile("^Ich bin einverstanden")).check()


def mails_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def test_visitor_writes_to_a_contact_and_confirms_by_mail(page, demo_site):
    mail.outbox.clear()
    open_form(page, demo_site)
    assert PERSON_ADDRESS not in page.content()
    screenshot(page, "contact-form")
    fill_in(page)
    page.get_by_role("button", name="Nachricht senden").click()

    expect(page.locator("h1")).to_have_text(
        "Fast geschafft: Bitte bestätigen Sie Ihre Nachricht"
    )
    screenshot(page, "contact-received")
    [confirmation] = mails_to(SENDER)
    assert PERSON_ADDRESS not in confirmation.body
    assert mails_to(PERSON_ADDRESS) == []  # nothing forwarded before confirming

    link = re.search(r"https?://\S+/bestaetigen/\S+/", confirmation.body).group(0)
    page.goto(link)
    expect(page.locator("h1")).to_have_text("Nachricht bestätigen")
    page.get_by_role("button", name="Nachricht jetzt bestätigen").click()
    expect(page.locator("h1")).to_have_text(
        "Vielen Dank – Ihre Nachricht ist weitergeleitet"
    )
    [forward] = mails_to(PERSON_ADDRESS)
    assert forward.reply_to == [SENDER]
    assert PERSON_ADDRESS not in page.content()


@pytest.mark.parametrize("width", [1280, 375])
def test_message_form_passes_axe(page, demo_site, width):
    page.set_viewport_size({"width": width, "height": 900})
    open_form(page, demo_site)
    assert run_axe(page) == []

    page.get_by_role("button", name="Nachricht senden").click()  # all empty
    expect(page.locator(".form-errors")).to_be_visible()
    assert run_axe(page) == []
    if width == 1280:
        screenshot(page, "contact-form-errors")


def test_contact_page_passes_axe(page, demo_site):
    page.goto(demo_site + "/kontakt/")
    expect(page.locator("h1")).to_have_text("Kontakt")
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        assert run_axe(page) == [], width
    screenshot(page, "contact-page")
