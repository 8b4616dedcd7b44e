"""What the contact page contributes to the portal search: intro and address."""

from core.contract import Entry
from core.text import plain_text
from core.visibility import page_is_findable


def contact_entry(page):
    if not page_is_findable(page):
        return None
    published = page.last_published_at
    return Entry(
        key=f"page:{page.pk}",
        kind="contact",
        title=page.title,
        url=page.url or "",
        summary=plain_text(page.intro),
        body=page.address,
        date=published.date() if published else None,
    )


def all_contact_pages():
    from .models import ContactPage

    return ContactPage.objects.live().public()
