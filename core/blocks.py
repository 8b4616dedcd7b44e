"""StreamField blocks every content app may use: headings, text, quotes, images
and links, the documents and contact persons chosen on a page, and
`prepare_stream`, which fetches what a stream's blocks show in a few queries."""

from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamValue, StructBlockValidationError, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.models import AbstractDocument
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page
from wagtail.snippets.blocks import SnippetChooserBlock

from core.text import plain_text
from core.visibility import public_pages_q

__all__ = [
    "BaseContentBlock",
    "CaptionedImageBlock",
    "ContactPersonBlock",
    "DownloadsBlock",
    "HeadingBlock",
    "LinkBlock",
    "LinkListBlock",
    "ParagraphBlock",
    "QuoteBlock",
    "RICH_TEXT_FEATURES",
    "prepare_stream",
    "stream_text",
    "visible_pages",
]

RICH_TEXT_FEATURES = [
    "bold",
    "italic",
    "link",
    "document-link",
    "ol",
    "ul",
    "h3",
    "h4",
    "lang-en",
]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Überschrift"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Ebene"),
        choices=[("h2", _("Zwischenüberschrift")), ("h3", _("Unterüberschrift"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Überschrift")
        template = "components/blocks/heading_block.html"
        description = _("Gliedert längere Texte; die Ebenen folgen aufeinander.")
        preview_value = {"text": "Ausgangslage", "level": "h2"}

    def get_searchable_content(self, value):
        # The level's label ("Zwischenüberschrift") is for editors only.
        return [value["text"]] if value.get("text") else []


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault("label", _("Text"))
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/blocks/paragraph_block.html"
        description = _("Fließtext mit Auszeichnungen und Links.")
        preview_value = (
            "<p>Integrierte Planung ist ein stetiger Dialog darüber, was gute "
            "Bildung ausmacht.</p>"
        )

    def get_searchable_content(self, value):
        return [plain_text(value.source)] if value else []


class QuoteStructValue(blocks.StructValue):
    def attribution_name(self):
        person = self.get("person")
        return person.full_name if person else self.get("attribution")

    def attribution_detail(self):
        person = self.get("person")
        return person.affiliation if person else ""


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Zitat"), max_length=800)
    person = SnippetChooserBlock(
        "portal.Person",
        required=False,
        label=_("Person"),
        help_text=_("Name, Funktion und Kommune kommen aus dem Personeneintrag."),
    )
    attribution = blocks.CharBlock(
        label=_("Freie Quellenangabe"),
        required=False,
        max_length=200,
        help_text=_("Nur wenn keine Person gewählt ist."),
    )

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "components/blocks/quote_block.html"
        value_class = QuoteStructValue
        description = _("Ein wörtliches Zitat mit Person oder Quellenangabe.")
        preview_value = {
            "text": "Vertrauen ist die Basis einer integrierten Planung.",
            "attribution": "Felix Brümmer, Stadt Neumünster",
        }

    def get_searchable_content(self, value):
        shown = (
            value.get("text"),
            value.attribution_name(),
            value.attribution_detail(),
        )
        return [text for text in shown if text]

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("person")) == bool(value.get("attribution")):
            message = _("Bitte entweder eine Person wählen oder eine Quelle angeben.")
            raise StructBlockValidationError(
                block_errors={"attribution": ValidationError(message)}
            )
        return value


class LinkStructValue(blocks.StructValue):
    def href(self):
        page = self.get("page")
        return page.url if page else self.get("url")

    def text(self):
        page = self.get("page")
        return self.get("title") or (page.title if page else self.get("url"))


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Linktext"), required=False, max_length=160)
    page = blocks.PageChooserBlock(label=_("Seite im Portal"), required=False)
    url = blocks.URLBlock(label=_("Externe Adresse"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkStructValue

    def get_searchable_content(self, value):
        return [value.text()] if value.text() else []

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Bitte genau eines angeben: eine Seite oder eine Adresse.")
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(message)}
            )
        if value.get("url") and not value.get("title"):
            raise StructBlockValidationError(
                block_errors={
                    "title": ValidationError(
                        _("Externe Links brauchen einen sprechenden Linktext.")
                    )
                }
            )
        return value


class LinkListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Überschrift"), default="Weiterführende Informationen", max_length=120
    )
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Linkliste")
        template = "components/blocks/link_list_block.html"
        description = _("Weiterführende Informationen als Liste von Links.")
        preview_value = {
            "heading": "Weiterführende Informationen",
            "links": [{"title": "Bildungsbericht", "url": "https://example.org/"}],
        }


class CaptionedImageValue(blocks.StructValue):
    @property
    def alt_text(self):
        """The block's own alt text, "" if marked decorative, else the image's
        description."""
        image = self.get("image")
        if image is None or image.decorative:
            return ""
        return image.contextual_alt_text or image.description


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Bild"))
    caption = blocks.CharBlock(
        label=_("Bildunterschrift"), required=False, max_length=250
    )

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "components/blocks/image_block.html"
        description = _("Ein Bild mit Alternativtext und optionaler Unterschrift.")
        value_class = CaptionedImageValue


class BaseContentBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    links = LinkListBlock()


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

    def get_searchable_content(self, value):
        documents = [document for document in value["documents"] if document]
        visible = _public_document_ids(documents)
        return [value["heading"]] + [d.title for d in documents if d.pk in visible]

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

    def get_searchable_content(self, value):
        person = value.get("person")
        shown = (value.get("heading"), person and person.searchable_text, value["text"])
        return [text for text in shown if text]


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


def stream_text(stream):
    """What a stream's blocks show, as one string, a line per piece."""
    return "\n".join(stream.stream_block.get_searchable_content(stream))


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
