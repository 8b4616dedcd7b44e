"""StreamField blocks used by several page types."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

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


class BaseContentBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    links = LinkListBlock()
