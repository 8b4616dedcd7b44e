"""Refused forms announce their errors: summary first, each error tied to its field."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import run_axe, screenshot
from tests.browser.test_page_structure import heading_problems

FORMS = [
    ("dossier-order-errors", "/themendossiers/bestellen/", "Weiter zur Übersicht"),
    ("form-page-errors", "/praxis-vorschlagen/", "Absenden"),
    ("login-page-errors", "/anmelden/", "Anmelden"),
]

SUMMARY_LINKS = """() => [...document.querySelectorAll("[data-error-summary] a")].map(
    (a) => {
        const target = document.querySelector(a.getAttribute("href"));
        return {
            href: a.getAttribute("href"),
            found: Boolean(target),
            invalid: target ? target.matches("fieldset, [aria-invalid=true]") : false,
            describedBy: target ? (target.getAttribute("aria-describedby") || "") : "",
        };
    })"""


def submit_empty(page, demo_site, path, button):
    page.goto(demo_site + path)
    # Wait for the answer: reading the page while it still shows the empty form
    # (or is half-way through loading) made these tests flaky.
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name=button, exact=True).click()
    return page.locator("[data-error-summary]")


@pytest.mark.parametrize(("name", "path", "button"), FORMS)
def test_error_summary_takes_the_focus(page, demo_site, name, path, button):
    summary = submit_empty(page, demo_site, path, button)
    expect(summary).to_be_focused()
    expect(summary).to_have_attribute("role", "alert")
    expect(summary.get_by_role("heading")).to_have_text("Bitte prüfen Sie Ihre Angaben")


@pytest.mark.parametrize(("name", "path", "button"), FORMS)
def test_summary_links_lead_to_fields_that_describe_their_error(
    page, demo_site, name, path, button
):
    submit_empty(page, demo_site, path, button)
    links = page.evaluate(SUMMARY_LINKS)
    assert links, "Die Fehlerübersicht verlinkt keine Felder."
    assert [link for link in links if not link["found"] or not link["invalid"]] == []
    field_links = [link for link in links if link["href"] != "#bestellung-hefte"]
    for link in field_links:
        error_id = link["href"][1:].removesuffix("_0") + "_error"
        assert error_id in link["describedBy"].split(), link
        expect(page.locator(f"#{error_id}")).to_be_visible()


def test_following_a_summary_link_focuses_the_field(page, demo_site):
    submit_empty(page, demo_site, "/themendossiers/bestellen/", "Weiter zur Übersicht")
    page.get_by_role("link", name=re.compile("^Name: ")).click()
    expect(page.get_by_label("Name", exact=True)).to_be_focused()


@pytest.mark.parametrize(("name", "path", "button"), FORMS)
def test_form_with_errors_is_accessible(page, demo_site, name, path, button):
    submit_empty(page, demo_site, path, button)
    assert heading_problems(page) == []
    assert run_axe(page) == []
    screenshot(page, name)
