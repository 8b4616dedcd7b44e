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
    ("dossier-index", "/themendossiers/"),
    ("dossier-page", "/themendossiers/integrierte-bildungsplanung/"),
    ("dossier-order-form", "/themendossiers/bestellen/"),
    ("report-index", "/aktuelles/"),
    ("report-page", "/aktuelles/standortbestimmung-kommunaler-bildungsplanung/"),
    ("downloads", "/downloads/?q=Daten"),
    ("form-page", "/mitglied-werden/"),
    ("login-page", "/anmelden/"),
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


def test_form_with_errors_has_no_axe_violations(page, demo_site):
    page.goto(demo_site + "/praxis-vorschlagen/")
    page.click("form.portal-form button[type=submit]")
    assert page.locator(".form-errors[role=alert]").is_visible()
    assert run_axe(page) == []
    screenshot(page, "form-page-errors")


def test_member_area_has_no_axe_violations(page, demo_site):
    page.goto(demo_site + "/intern/standortbestimmung-kommunaler-bildungsplanung/")
    page.fill("#id_username", "mitglied")
    page.fill("#id_password", "demo-passwort-fuer-browser")
    page.click("form.portal-form button[type=submit]")
    assert page.locator("h1").inner_text().startswith("Netzwerktreffen")
    assert run_axe(page) == []
    screenshot(page, "member-meeting-page")


def test_order_form_errors_and_review_have_no_axe_violations(page, demo_site):
    page.goto(demo_site + "/themendossiers/bestellen/")
    page.click("form.order-form button[value=pruefen]")
    assert page.locator(".error-summary[role=alert]").is_visible()
    assert run_axe(page) == []
    screenshot(page, "dossier-order-errors")
    for field, value in [
        ("#id_name", "Erika Mustermann"),
        ("#id_street", "Rathausplatz 1"),
        ("#id_postcode", "68159"),
        ("#id_town", "Mannheim"),
        ("#id_email", "erika@example.org"),
    ]:
        page.fill(field, value)
    page.fill("input[name^=quantity_]", "2")
    page.check("#id_consent")
    page.click("form.order-form button[value=pruefen]")
    assert page.locator("h1").inner_text() == "Bitte prüfen Sie Ihre Bestellung"
    assert run_axe(page) == []
    screenshot(page, "dossier-order-review")
