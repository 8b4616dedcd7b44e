"""Who a visitor may write to: the contact persons a live, public page names.

A page names them by declaring `contact_person_ids()` (practice, city and
practice index pages do); contact-person blocks in any of its StreamFields
count too. The page's own fields are its published state, so a draft never
adds a recipient.
"""

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import StreamField
from wagtail.models import Page

from core.blocks import ContactPersonBlock
from core.models import Person
from core.visibility import public_pages_q

__all__ = ["contact_person_ids", "public_page", "recipient"]


def public_page(page_id):
    return Page.objects.live().filter(public_pages_q()).filter(pk=page_id).first()


def _block_people(value):
    """Person ids of every contact-person block, however deeply nested."""
    if isinstance(value, StreamValue | ListValue):
        for child in value.bound_blocks if isinstance(value, ListValue) else value:
            if isinstance(child.block, ContactPersonBlock):
                yield child.value["person"].pk if child.value["person"] else None
            else:
                yield from _block_people(child.value)
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from _block_people(child)


def contact_person_ids(page):
    declared = getattr(page, "contact_person_ids", None)
    ids = set(declared()) if callable(declared) else set()
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            ids.update(_block_people(getattr(page, field.name)))
    ids.discard(None)
    return ids


def recipient(page_id, person_id):
    """(page, person) if the person is a contact of that public page and has an
    address; else None."""
    page = public_page(page_id)
    if page is None:
        return None
    page = page.specific
    if person_id not in contact_person_ids(page):
        return None
    person = Person.objects.filter(pk=person_id).exclude(email="").first()
    return (page, person) if person else None
