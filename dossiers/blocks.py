"""Chapters of a theme dossier: text, expert contributions, quotes and practices."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import RICH_TEXT_FEATURES, ParagraphBlock, QuoteBlock, visible_pages
from core.text import plain_text


class ExpertContributionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Überschrift"),
        max_length=160,
        help_text=_("z. B. „Blick in die Wissenschaft“."),
    )
    person = SnippetChooserBlock(
        "portal.Person",
        label=_("Expertin oder Experte"),
        help_text=_("Name, Funktion, Foto und Kurzbiografie kommen aus der Person."),
    )
    text = blocks.RichTextBlock(label=_("Beitrag"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "user"
        label = _("Expertenbeitrag")
        template = "dossiers/blocks/expert_contribution_block.html"
        description = _("Ein Beitrag aus Wissenschaft oder Praxis mit Autorenkasten.")
        preview_value = {
            "heading": "Blick in die Wissenschaft",
            "text": "<p>Bildung muss vor Ort erlebt und gestaltet werden.</p>",
        }

    def get_searchable_content(self, value):
        person = value.get("person")
        shown = (
            value.get("heading"),
            person and person.searchable_text,
            person and person.bio,
            plain_text(value["text"].source),
        )
        return [text for text in shown if text]


class ChapterContentBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    expert = ExpertContributionBlock()
    quote = QuoteBlock()


class ChapterBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Kapitelüberschrift"), max_length=160)
    content = ChapterContentBlock(label=_("Inhalt"), required=False)
    practices = blocks.ListBlock(
        blocks.PageChooserBlock(
            page_type="practices.PracticePage", label=_("Praxisprofil")
        ),
        label=_("Praxisprofile in diesem Kapitel"),
        help_text=_("Erscheinen in dieser Reihenfolge nach dem Kapiteltext."),
        default=[],
    )

    class Meta:
        icon = "doc-full"
        label = _("Kapitel")
        description = _("Ein Kapitel mit Text, Beiträgen und eingebetteten Praxen.")
        preview_value = {"title": "Datenbasiert planen", "practices": []}

    def get_searchable_content(self, value):
        # The chapter shows its practices' profiles: their titles belong to it.
        pages = [page for page in value.get("practices") or [] if page]
        visible = visible_pages(pages)
        return [
            value["title"],
            *self.child_blocks["content"].get_searchable_content(value["content"]),
            *(page.title for page in pages if page.pk in visible),
        ]

    def clean(self, value):
        value = super().clean(value)
        if not value.get("content") and not value.get("practices"):
            message = _("Ein Kapitel braucht Inhalt oder mindestens ein Praxisprofil.")
            raise StructBlockValidationError(
                block_errors={"content": ValidationError(message)}
            )
        return value
