"""The public policy forbids inline code: the pages must work without tripping it."""

from tests.browser.test_accessibility import PAGES


def csp_violations(page):
    found = []
    page.on(
        "console",
        lambda message: (
            found.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return found


def test_public_pages_trip_no_content_security_policy(page, demo_site):
    violations = csp_violations(page)
    for _name, path in PAGES:
        response = page.goto(demo_site + path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
    assert violations == []


def test_search_suggestions_still_load_under_the_policy(page, demo_site):
    violations = csp_violations(page)
    page.goto(demo_site + "/suche/")
    with page.expect_response("**/suche/autocomplete/**") as answer:
        page.locator("input[data-autocomplete]").first.press_sequentially("Bild")
    assert answer.value.status == 200
    assert page.evaluate("document.documentElement.className") == "js"
    assert violations == []


def test_editor_sees_the_userbar_without_policy_violations(page, demo_site):
    violations = csp_violations(page)
    page.goto(demo_site + "/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "demo-passwort-fuer-browser")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.goto(demo_site + "/aktuelles/standortbestimmung-kommunaler-bildungsplanung/")
    page.wait_for_load_state("networkidle")
    assert page.locator("wagtail-userbar").count() == 1
    assert violations == []
