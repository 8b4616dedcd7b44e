"""The programme of a meeting: timed items with speakers from the people."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

__all__ = ["ProgrammeBlock", "ProgrammeItemBlock"]


class ProgrammeItemBlock(blocks.StructBlock):
    start = blocks.TimeBlock(label=_("Beginn"), format="%H:%M")
    end = blocks.TimeBlock(label=_("Ende"), required=False, format="%H:%M")
    title = blocks.CharBlock(label=_("Programmpunkt"), max_length=160)
    description = blocks.TextBlock(
        label=_("Beschreibung"), max_length=800, required=False
    )
    speakers = blocks.ListBlock(
        SnippetChooserBlock("portal.Person"),
        label=_("Mitwirkende"),
        min_num=0,
        help_text=_("Personen aus „Netzwerk › Personen“."),
    )

    class Meta:
        icon = "time"
        label = _("Programmpunkt")
        template = "meetings/blocks/programme_item_block.html"
        description = _("Uhrzeit, Titel und Mitwirkende eines Programmpunkts.")
        preview_value = {
            "start": "10:00",
            "end": "10:30",
            "title": "Impuls: Bildungsplanung als Daueraufgabe",
            "speakers": [],
        }

    def clean(self, value):
        cleaned = super().clean(value)
        if cleaned["end"] and cleaned["end"] <= cleaned["start"]:
            raise StructBlockValidationError(
                block_errors={
                    "end": ValidationError(_("Das Ende muss nach dem Beginn liegen."))
                }
            )
        return cleaned


class ProgrammeBlock(blocks.StreamBlock):
    item = ProgrammeItemBlock()

    class Meta:
        label = _("Programm")
