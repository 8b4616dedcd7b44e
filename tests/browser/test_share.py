"""The share bar on practice and dossier pages, in a real browser."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import run_axe, screenshot

PRACTICE = "/praxis/mannheim/integriertes-sozialmanagement/"
DOSSIER = "/themendossiers/integrierte-bildungsplanung/"


def test_copy_link_puts_the_address_on_the_clipboard_and_says_so(page, demo_site):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(demo_site + PRACTICE)
    bar = page.locator(".share-bar")
    # With JavaScript the button replaces the field, and printing is offered.
    expect(bar.locator("#share-link-field")).to_be_hidden()
    expect(bar.get_by_role("button", name="Drucken")).to_be_visible()

    bar.get_by_role("button", name="Link kopieren").click()

    expect(bar.get_by_role("status")).to_have_text(
        "Link in die Zwischenablage kopiert."
    )
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == demo_site + PRACTICE


def test_without_javascript_the_link_stands_in_a_field(browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site + PRACTICE)
    bar = page.locator(".share-bar")
    field = bar.get_by_label("Link zu dieser Seite")
    expect(field).to_be_visible()
    expect(field).to_have_value(demo_site + PRACTICE)
    expect(bar.get_by_role("button", name="Link kopieren")).to_be_hidden()
    expect(bar.get_by_role("button", name="Drucken")).to_be_hidden()
    expect(bar.get_by_role("link", name="Per E-Mail teilen")).to_be_visible()
    context.close()


def test_print_leaves_out_the_share_bar_and_navigation(page, demo_site):
    page.goto(demo_site + PRACTICE)
    page.emulate_media(media="print")
    expect(page.locator(".share-bar")).to_be_hidden()
    expect(page.locator(".main-nav")).to_be_hidden()
    expect(page.locator(".footer-links")).to_be_hidden()
    expect(page.locator("h1")).to_be_visible()


@pytest.mark.parametrize(
    ("name", "path"), [("share-practice", PRACTICE), ("share-dossier", DOSSIER)]
)
@pytest.mark.parametrize("width", [1280, 375])
def test_share_bar_pages_have_no_axe_violations(page, demo_site, name, path, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(demo_site + path)
    expect(page.locator(".share-bar")).to_be_visible()
    assert run_axe(page) == []
    if width == 1280:
        screenshot(page, name, reload=True)
