"""Each demo role logs in to the admin and meets its own dashboard."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import expect

from tests.browser.conftest import run_axe, screenshot

PANELS = {
    "city": "Meine Praxisprofile",
    "review": "Praxisprofile zur Freigabe",
    "due": "Praxisprofile mit fälliger Prüfung",
    "stock": "Themendossiers mit niedrigem Lagerbestand",
    "dispatch": "Druckversand",
}
ROLES = {
    "redaktion-mannheim": {"city"},
    "netzwerkredaktion": {"review", "due", "stock"},
    "versand": {"dispatch"},
}


def log_in(page, demo_site, username):
    """The session of a demo account, without the login form's rate limit."""
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    name = settings.SESSION_COOKIE_NAME
    cookie = {"name": name, "value": client.cookies[name].value, "url": demo_site}
    page.context.add_cookies([cookie])
    page.goto(demo_site + "/admin/")


def panel_heading(page, key):
    return page.get_by_role("heading", name=PANELS[key], exact=True)


@pytest.mark.parametrize("username", ROLES)
def test_each_role_sees_its_panels_and_not_the_others(page, demo_site, username):
    log_in(page, demo_site, username)

    for key in PANELS:
        expected = 1 if key in ROLES[username] else 0
        expect(panel_heading(page, key)).to_have_count(expected)


@pytest.mark.parametrize("username", ROLES)
def test_dashboard_has_no_axe_violations(page, demo_site, username):
    log_in(page, demo_site, username)
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        page.reload()
        assert run_axe(page) == [], f"{username} bei {width} px"
    screenshot(page, f"dashboard-{username}", reload=True)


def test_city_editor_starts_a_new_practice_from_the_dashboard(page, demo_site):
    log_in(page, demo_site, "redaktion-mannheim")

    page.get_by_role("link", name="Neues Praxisprofil").click()

    expect(page.get_by_role("heading", name="Neu: Praxisprofil")).to_be_attached()
    expect(page).to_have_url(re.compile(r"/admin/pages/add/practices/practicepage/"))


def test_dispatch_sees_open_orders_and_no_page_search(page, demo_site):
    log_in(page, demo_site, "versand")

    lines = page.locator("#dossier-dispatch-section li[data-status]")
    expect(lines).to_have_count(3)
    expect(lines.first).to_contain_text("auf den Versand")
    expect(page.get_by_role("search")).to_have_count(0)
