"""Subscribing to alerts with the keyboard alone, confirming by mail,
changing the choices and unsubscribing; axe-core on every step."""

import re

from django.core import mail
from playwright.sync_api import expect

from alerts.models import Subscription
from tests.browser.conftest import run_axe, screenshot, tab_to

EMAIL = "tastatur-abo@example.org"


def named(text):
    return lambda stop: stop["text"].startswith(text)


def field(name, value=None):
    def matches(stop):
        return stop["name"] == name and (value is None or stop.get("value") == value)

    return matches


def link_in_mail(marker):
    [message] = [m for m in mail.outbox if m.to == [EMAIL] and marker in m.body]
    return re.search(rf"https?://\S+{marker}\S+/", message.body).group(0)


def test_keyboard_alone_subscribes_confirms_changes_and_unsubscribes(page, demo_site):
    mail.outbox.clear()
    page.goto(demo_site + "/benachrichtigungen/")
    assert run_axe(page) == []
    tab_to(page, named("Zum Inhalt springen"), limit=1)
    page.keyboard.press("Enter")
    tab_to(page, field("email"), limit=5)
    page.keyboard.type(EMAIL)
    tab_to(page, field("kinds"), limit=3)
    page.keyboard.press("Space")  # the first kind: practices
    tab_to(page, field("privacy_consent"), limit=80)
    page.keyboard.press("Space")
    tab_to(page, named("Benachrichtigungen bestellen"), limit=3)
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Bitte bestätigen Sie Ihre E-Mail-Adresse")
    assert run_axe(page) == []
    assert Subscription.objects.get(email=EMAIL).kinds == ["practice"]

    page.goto(link_in_mail("/bestaetigen/"))
    assert run_axe(page) == []
    tab_to(page, named("Jetzt bestätigen"))
    page.keyboard.press("Space")
    expect(page.locator("h1")).to_have_text("Ihre Benachrichtigungen")
    assert run_axe(page) == []
    screenshot(page, "alerts-manage")
    assert Subscription.objects.get(email=EMAIL).confirmed_at is not None

    tab_to(page, named("Auswahl speichern"), limit=120)
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text("Ihre Auswahl ist gespeichert.")
    assert run_axe(page) == []

    tab_to(page, named("Alle Benachrichtigungen abbestellen"), limit=120)
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Benachrichtigungen abbestellt")
    assert not Subscription.objects.filter(email=EMAIL).exists()
