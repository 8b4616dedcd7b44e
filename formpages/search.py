"""What the public forms contribute to the portal search: their page text."""

from core.contract import Entry
from core.text import plain_text
from core.visibility import page_is_findable


def form_entry(page):
    if not page_is_findable(page):
        return None
    published = page.last_published_at
    return Entry(
        key=f"page:{page.pk}",
        kind="form",
        title=page.title,
        url=page.url or "",
        summary=plain_text(page.intro),
        date=published.date() if published else None,
    )


def all_form_pages():
    from .models import FormPage

    return FormPage.objects.live().public()
