"""Blocks of the pages in Leichte Sprache and in Gebärdensprache."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtailmedia.blocks import VideoChooserBlock

from core.blocks import RICH_TEXT_FEATURES, LinkBlock

__all__ = [
    "EasyLanguageBlock",
    "ExplainedWordBlock",
    "SignLanguageBlock",
    "SignLanguageVideoBlock",
    "StatementLinesBlock",
    "easy_lines",
]

# Netzwerk Leichte Sprache: short sentences, one statement a sentence. A line
# longer than this is hardly one short sentence any more.
MAX_LINE_LENGTH = 120


def easy_lines(text):
    """The statements of a text block: one a line, blank lines dropped."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _check_lines(text, field):
    for number, line in enumerate(easy_lines(text), start=1):
        if len(line) > MAX_LINE_LENGTH:
            message = _(
                "Zeile %(number)d hat %(length)d Zeichen. In Leichter Sprache steht "
                "ein kurzer Satz in einer Zeile (höchstens %(limit)d Zeichen). "
                "Bitte teilen Sie den Satz."
            ) % {"number": number, "length": len(line), "limit": MAX_LINE_LENGTH}
            raise StructBlockValidationError(
                block_errors={field: ValidationError(message)}
            )


class StatementLinesValue(blocks.StructValue):
    def lines(self):
        return easy_lines(self.get("text"))


class StatementLinesBlock(blocks.StructBlock):
    """A section: heading, one statement a line, an image beside it."""

    heading = blocks.CharBlock(label=_("Überschrift"), required=False, max_length=80)
    text = blocks.TextBlock(
        label=_("Text"),
        rows=8,
        help_text=_(
            "Ein kurzer Satz je Zeile. Jede Zeile steht auf der Seite für sich."
        ),
    )
    image = ImageChooserBlock(
        label=_("Bild neben dem Text"),
        required=False,
        help_text=_(
            "Nur wenn das Bild beim Verstehen hilft. Der Alternativtext kommt aus "
            "der Bildbeschreibung."
        ),
    )

    class Meta:
        icon = "pilcrow"
        label = _("Abschnitt")
        template = "accessibility/blocks/statement_lines_block.html"
        description = _("Kurze Sätze, jeder in einer eigenen Zeile.")
        value_class = StatementLinesValue
        preview_value = {
            "heading": "Was ist das Portal?",
            "text": "Das Portal ist eine Internet-Seite.\n"
            "Städte zeigen dort ihre Arbeit.",
        }

    def clean(self, value):
        value = super().clean(value)
        _check_lines(value.get("text"), "text")
        return value


class ExplainedWordValue(blocks.StructValue):
    def lines(self):
        return easy_lines(self.get("explanation"))


class ExplainedWordBlock(blocks.StructBlock):
    """A hard word, set apart, with its explanation."""

    word = blocks.CharBlock(label=_("Schweres Wort"), max_length=60)
    explanation = blocks.TextBlock(
        label=_("Erklärung"), rows=4, help_text=_("Ein kurzer Satz je Zeile.")
    )

    class Meta:
        icon = "help"
        label = _("Wort-Erklärung")
        template = "accessibility/blocks/explained_word_block.html"
        description = _("Erklärt ein schweres Wort in einem Kasten.")
        value_class = ExplainedWordValue
        preview_value = {
            "word": "Bildungs-Planung",
            "explanation": "Eine Stadt überlegt:\nWas brauchen Kinder zum Lernen?",
        }

    def clean(self, value):
        value = super().clean(value)
        _check_lines(value.get("explanation"), "explanation")
        return value


class EasyLanguageBlock(blocks.StreamBlock):
    section = StatementLinesBlock()
    word = ExplainedWordBlock()
    link = LinkBlock(template="accessibility/blocks/easy_link_block.html")


class SignLanguageVideoBlock(blocks.StructBlock):
    """One topic: the video in Deutsche Gebärdensprache and its full text."""

    heading = blocks.CharBlock(label=_("Überschrift"), max_length=120)
    video = VideoChooserBlock(
        label=_("Video"),
        required=False,
        help_text=_(
            "Ein Video aus „Medien“ (MP4 oder WebM, mit Untertiteln). Ohne Video "
            "steht hier der Hinweis, dass das Video folgt."
        ),
    )
    transcript = blocks.RichTextBlock(
        label=_("Text zum Video"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Der vollständige Inhalt des Videos in Schrift."),
    )

    class Meta:
        icon = "media"
        label = _("Video in Gebärdensprache")
        template = "accessibility/blocks/sign_language_video_block.html"
        description = _("Ein Video mit Untertiteln und dem ganzen Text darunter.")
        preview_value = {
            "heading": "Das Portal in Gebärdensprache",
            "transcript": "<p>Willkommen im Praxisportal.</p>",
        }


class SignLanguageBlock(blocks.StreamBlock):
    video = SignLanguageVideoBlock()
