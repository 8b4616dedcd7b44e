"""What the pages in Leichte Sprache, in Gebärdensprache and the statement
contribute to the portal search; each kind is its own facet, so visitors can
filter to "Leichte Sprache"."""

from core.blocks import stream_text
from core.contract import Entry
from core.visibility import page_is_findable


def _entry(page, kind, summary):
    if not page_is_findable(page):
        return None
    return Entry(
        key=f"page:{page.pk}",
        kind=kind,
        title=page.title,
        url=page.get_url(),
        summary=summary,
        body=stream_text(page.body),
        date=page.last_published_at.date() if page.last_published_at else None,
    )


def easy_language_entry(page):
    return _entry(page, "easy_language", " ".join(page.intro_lines()))


def sign_language_entry(page):
    return _entry(page, "sign_language", page.notice)


def statement_entry(page):
    return _entry(page, "accessibility_statement", page.intro)


def all_easy_language_pages():
    from .models import EasyLanguagePage

    return EasyLanguagePage.objects.live().public()


def all_sign_language_pages():
    from .models import SignLanguagePage

    return SignLanguagePage.objects.live().public()


def all_statement_pages():
    from .models import AccessibilityStatementPage

    return AccessibilityStatementPage.objects.live().public()
