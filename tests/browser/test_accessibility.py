import pytest

from tests.browser.conftest import run_axe, screenshot

PAGES = [
    ("home", "/"),
    ("standard-page", "/impressum/"),
    ("tag-page", "/schlagwort/sozialraeumlich/"),
    ("search", "/suche/?q=Bildung"),
    ("not-found", "/gibt-es-nicht/"),
    ("practice-listing", "/praxis/?ansatz=datenbasiert&stadt=augsburg"),
    ("practice-listing-empty", "/praxis/?ansatz=partizipativ&stadt=mannheim"),
    ("city-page", "/praxis/mannheim/"),
    ("practice-page", "/praxis/mannheim/integriertes-sozialmanagement/"),
]


@pytest.mark.parametrize(("name", "path"), PAGES)
def test_page_has_no_axe_violations(page, demo_site, name, path):
    page.goto(demo_site + path)
    assert run_axe(page) == []
    screenshot(page, name)


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page, demo_site):
    page.goto(demo_site + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Zum Inhalt springen"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_phone_width_has_no_horizontal_scrolling(page, demo_site):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(demo_site + "/")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
    assert not overflow
