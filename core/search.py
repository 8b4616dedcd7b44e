"""What the kernel's standard pages contribute to the portal search.

Nothing behind a view restriction (the member area, the private collection)
becomes an entry: `to_entry` returns None for it.
"""

from core.blocks import stream_text
from core.contract import Entry
from core.visibility import page_is_findable


def standard_page_entry(page):
    if not page_is_findable(page):
        return None
    return Entry(
        key=f"page:{page.pk}",
        kind="page",
        title=page.title,
        url=page.get_url(),
        summary=page.intro,
        body=stream_text(page.body),
        date=page.last_published_at.date() if page.last_published_at else None,
    )


def all_standard_pages():
    from core.models import StandardPage

    return StandardPage.objects.live().public()
