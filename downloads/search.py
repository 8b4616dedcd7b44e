"""What the downloads library contributes to the portal search and the tag pages.

Only public documents become entries: released and outside every collection
with a view restriction (the member area's).
"""

import datetime

from core.contract import Entry, tag_fields
from core.models import PortalDocument
from core.models.tags import entries_per_tag


def document_entry(document):
    if not type(document).objects.public().filter(pk=document.pk).exists():
        return None
    year = document.year
    return Entry(
        key=f"document:{document.pk}",
        kind="document",
        title=document.title,
        url=document.url,
        summary=document.description,
        body=document.extracted_text,
        city=document.city.name if document.city else "",
        date=datetime.date(year, 1, 1) if year else document.created_at.date(),
        extra="\n".join(
            filter(None, [document.publisher, document.get_document_type_display()])
        ),
        **tag_fields(document.tags.all()),
    )


def all_documents():
    return PortalDocument.objects.public().select_related("city")


def document_tag_counts():
    return entries_per_tag(PortalDocument.objects.public())


def tagged_documents(tag):
    return (
        PortalDocument.objects.public()
        .filter(tagged_items__tag=tag)
        .order_by("-year", "title")
    )
