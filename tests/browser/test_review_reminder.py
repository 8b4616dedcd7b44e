"""A city editor confirms a practice as reviewed; visitors see the new date.
Also the editors' guide, as editors open it from the help menu."""

import re

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format
from playwright.sync_api import expect
from wagtail.models import Revision

from practices.models import PracticePage
from tests.browser.conftest import AXE_SCRIPT, SCREENSHOT_DIR, screenshot
from tests.browser.test_review import log_in_to_admin


@pytest.fixture
def practice(demo_site):
    """Mannheim's demo practice; its review date is restored afterwards, since
    the other tests share the demo content."""
    page = PracticePage.objects.live().filter(city__name="Mannheim").first()
    revisions = {
        revision.pk: revision.content.get("last_reviewed")
        for revision in Revision.page_revisions.filter(object_id=str(page.pk))
    }
    yield page
    PracticePage.objects.filter(pk=page.pk).update(last_reviewed=page.last_reviewed)
    for revision in Revision.page_revisions.filter(pk__in=revisions):
        revision.content["last_reviewed"] = revisions[revision.pk]
        revision.save(update_fields=["content"])


def german_date(day):
    with translation.override("de"):
        return date_format(day, "j. F Y")


def test_city_editor_confirms_a_practice_and_visitors_see_the_date(
    page, new_context, demo_site, practice
):
    assert practice.last_reviewed != timezone.localdate()
    log_in_to_admin(page, demo_site, "redaktion-mannheim")
    page.goto(f"{demo_site}/admin/pages/{practice.pk}/edit/")
    screenshot(page, "admin-practice-editor", reload=True)
    page.set_viewport_size({"width": 1280, "height": 900})

    page.locator("footer [data-w-dropdown-target=toggle]").click()
    action = page.get_by_role("link", name="Geprüft, unverändert")
    expect(action).to_be_visible()
    page.screenshot(path=SCREENSHOT_DIR / "admin-practice-actions-desktop.png")
    action.click()
    expect(page.get_by_role("heading", name="Als geprüft markieren")).to_be_visible()
    expect(page.locator("main")).to_contain_text(practice.title)
    screenshot(page, "admin-mark-reviewed", reload=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("button", name="Ja, als geprüft markieren").click()

    expect(page).to_have_url(re.compile(rf"/admin/pages/{practice.pk}/edit/$"))
    expect(page.get_by_text("Als geprüft markiert")).to_be_visible()
    visitor = new_context().new_page()
    visitor.goto(demo_site + practice.url)
    reviewed = visitor.locator("dt", has_text="Zuletzt geprüft").locator("+ dd")
    expect(reviewed).to_have_text(german_date(timezone.localdate()))


def axe_violations_in(page, selector):
    """axe-core on one part of an admin page: Wagtail's own markup is not ours."""
    page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
    violations = page.evaluate(
        """async (selector) => {
            const result = await axe.run({include: [selector]}, {
                runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
            });
            return result.violations;
        }""",
        selector,
    )
    return [f"{v['id']}: {v['help']}" for v in violations]


def test_the_help_menu_opens_the_editors_guide(page, demo_site):
    log_in_to_admin(page, demo_site, "redaktion-mannheim")

    page.get_by_role("button", name="Hilfe").click()
    help_menu = page.get_by_role("list", name="Hilfe")
    help_menu.get_by_role("link", name="Anleitung für Redaktionen").click()

    expect(page).to_have_url(f"{demo_site}/admin/anleitung/")
    expect(page.get_by_role("heading", name="Kommunalredaktion")).to_be_visible()
    page.get_by_role("link", name="Prüfdatum bestätigen").click()
    expect(page).to_have_url(re.compile("#pruefdatum-bestaetigen$"))
    assert axe_violations_in(page, ".portal-guide") == []
    page.goto(f"{demo_site}/admin/anleitung/")
    screenshot(page, "admin-editor-guide", reload=True)
