"""A city editor writes a practice, the network editors approve it, visitors find it."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from practices.models import CityPage, PracticePage
from tests.browser.conftest import DEMO_PASSWORD

TITLE = "Schulwege gemeinsam planen"


@pytest.fixture
def clean_up_practice(demo_site):
    yield
    # The shared demo content must look the same to the tests that follow.
    for practice in PracticePage.objects.filter(title=TITLE):
        practice.delete()


def log_in_to_admin(page, demo_site, username):
    page.goto(demo_site + "/admin/login/")
    page.get_by_label("Benutzername").fill(username)
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_text(username).first).to_be_visible()


def search_hits(page, demo_site, query):
    page.goto(f"{demo_site}/suche/?q={query}")
    return page.locator(".search-hit .card__title")


def test_city_editor_submits_and_network_editor_approves_a_practice(
    page, new_context, demo_site, clean_up_practice
):
    city = CityPage.objects.get(slug="mannheim")
    log_in_to_admin(page, demo_site, "redaktion-mannheim")
    page.goto(f"{demo_site}/admin/pages/{city.pk}/")
    page.get_by_role("link", name="Unterseite hinzufügen").click()
    expect(page.get_by_role("heading", name="Neu: Praxisprofil")).to_be_attached()
    page.locator("#id_title").fill(TITLE)
    page.get_by_label(re.compile("^Kurzbeschreibung")).fill(
        "Kinder aus drei Grundschulen kartieren ihre Schulwege; die Stadt plant danach."
    )
    page.get_by_label("partizipativ").check()
    page.locator("footer [data-w-dropdown-target=toggle]").click()
    page.get_by_role("button", name="In Praxisfreigabe einreichen").click()

    row = page.get_by_role("row").filter(has_text=TITLE)
    expect(row).to_contain_text(re.compile("in Moderation", re.IGNORECASE))
    practice = PracticePage.objects.get(title=TITLE)
    assert not practice.live
    visitor = new_context().new_page()
    expect(search_hits(visitor, demo_site, "Schulwege")).to_have_count(0)

    reviewer = new_context().new_page()
    log_in_to_admin(reviewer, demo_site, "netzwerkredaktion")
    panel = reviewer.locator("section").filter(has_text="Ihre Überprüfung steht aus")
    review_row = panel.get_by_role("row").filter(has_text=TITLE)
    review_row.locator("[data-w-dropdown-target=toggle]").click()
    mail.outbox.clear()
    reviewer.get_by_role("button", name="Freigeben", exact=True).click()
    expect(review_row).to_have_count(0)
    practice.refresh_from_db()
    assert practice.live

    hits = search_hits(visitor, demo_site, "Schulwege")
    expect(hits).to_have_text([TITLE])
    hits.get_by_role("link").click()
    expect(visitor.locator("h1")).to_have_text(TITLE)
    expect(visitor).to_have_url(f"{demo_site}/praxis/mannheim/{practice.slug}/")
    assert [message.to for message in mail.outbox] == [
        ["redaktion-mannheim@example.org"]
    ]
