"""Blocks that show chosen documents and people, for reports and meeting
material, and `prepare_stream`, which fetches what any stream's blocks show."""

from collections import defaultdict

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.models import AbstractDocument
from wagtail.models import Page
from wagtail.snippets.blocks import SnippetChooserBlock

from core.visibility import public_pages_q

__all__ = [
    "ContactPersonBlock",
    "DownloadsBlock",
    "prepare_stream",
    "visible_pages",
]

PERSON_RELATIONS = ("city", "photo")


class DownloadsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Überschrift"), default="Downloads", max_length=120
    )
    documents = blocks.ListBlock(
        DocumentChooserBlock(label=_("Dokument")), label=_("Dokumente"), min_num=1
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Downloads")
        template = "portal/blocks/downloads_block.html"
        description = _("Dokumente mit Format und Dateigröße.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        documents = [document for document in value["documents"] if document]
        visible = context.get("visible_document_ids")
        if visible is None:  # rendered outside a page that prepared its stream
            visible = _public_document_ids(documents)
        context["documents"] = [d for d in documents if d.pk in visible]
        return context


class ContactPersonBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Überschrift"), default="Ansprechperson", max_length=120
    )
    person = SnippetChooserBlock("portal.Person", label=_("Person"))
    text = blocks.TextBlock(
        label=_("Text"),
        required=False,
        max_length=1500,
        help_text=_("z. B. wofür die Person ansprechbar ist."),
    )

    class Meta:
        icon = "mail"
        label = _("Ansprechperson")
        template = "portal/blocks/contact_person_block.html"
        description = _("Eine Person mit ihren öffentlichen Kontaktdaten.")


def _leaf_values(value):
    """Every chosen model instance in a stream, however deeply blocks nest."""
    if isinstance(value, StreamValue):
        for child in value:
            yield from _leaf_values(child.value)
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from _leaf_values(child)
    elif isinstance(value, ListValue | list):
        for child in value:
            yield from _leaf_values(child)
    elif hasattr(value, "_meta"):
        yield value


def visible_pages(pages):
    """The ids of those pages a visitor may see: live and unrestricted."""
    ids = {page.pk for page in pages}
    if not ids:
        return set()
    return set(
        Page.objects.live()
        .filter(public_pages_q())
        .filter(pk__in=ids)
        .values_list("pk", flat=True)
    )


def _public_document_ids(documents):
    ids = {document.pk for document in documents}
    if not ids:
        return set()
    public = get_document_model().objects.public().filter(pk__in=ids)
    return set(public.values_list("pk", flat=True))


def prepare_stream(stream, members_only=False):
    """Fetch what the blocks show in a few queries instead of one per block.

    Returns template context: which chosen pages and documents may be shown.
    Pages outside the member area show only public documents.
    """
    from core.models import Person

    values = list(_leaf_values(stream))
    people = [value for value in values if isinstance(value, Person)]
    documents = [value for value in values if isinstance(value, AbstractDocument)]
    pages = defaultdict(list)
    for value in values:
        if isinstance(value, Page):
            pages[type(value)].append(value)
    prefetch_related_objects(people, *PERSON_RELATIONS)
    for page_class, chosen in pages.items():
        # A page type names what its teaser shows, e.g. a practice's city.
        prefetch_related_objects(chosen, *getattr(page_class, "teaser_relations", ()))
    return {
        "visible_page_ids": visible_pages(
            [page for chosen in pages.values() for page in chosen]
        ),
        "visible_document_ids": (
            {document.pk for document in documents}
            if members_only
            else _public_document_ids(documents)
        ),
    }
