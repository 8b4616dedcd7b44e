"""StreamField blocks of network reports."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError, StructValue
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import (
    BaseContentBlock,
    ContactPersonBlock,
    DownloadsBlock,
    visible_pages,
)
from core.text import plain_text

__all__ = [
    "ArticleBodyBlock",
    "ExpertProfileBlock",
    "PracticeTeaserBlock",
    "PrinciplesBlock",
    "SurveyResultBlock",
]


class PrincipleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Grundsatz"), max_length=120)
    claim = blocks.CharBlock(
        label=_("Leitsatz"),
        max_length=160,
        required=False,
        help_text=_("Ohne Anführungszeichen; sie werden ergänzt."),
    )
    text = blocks.TextBlock(label=_("Erläuterung"), max_length=1200)

    class Meta:
        icon = "list-ol"
        label = _("Grundsatz")


class PrinciplesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Überschrift"), max_length=120)
    principles = blocks.ListBlock(PrincipleBlock(), label=_("Grundsätze"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Nummerierte Grundsätze")
        template = "reports/blocks/principles_block.html"
        description = _("Nummerierte Grundsätze mit Leitsatz und Erläuterung.")
        preview_value = {
            "heading": "Drei Grundsätze",
            "principles": [
                {
                    "title": "Datenbasierung",
                    "claim": "Daten bieten Kommunikationsanlässe",
                    "text": "Eine gemeinsame Datenbasis wird zur Planungsgrundlage.",
                }
            ],
        }


class ExpertProfileBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Überschrift"),
        max_length=160,
        help_text=_("z. B. „Blick in die Wissenschaft mit Prof. Dr. …“"),
    )
    person = SnippetChooserBlock(
        "portal.Person",
        label=_("Person"),
        help_text=_("Foto, Funktion und Kurzbiografie kommen aus dem Personeneintrag."),
    )
    text = blocks.RichTextBlock(
        label=_("Ergänzender Text"),
        features=["bold", "italic", "link"],
        required=False,
    )

    class Meta:
        icon = "user"
        label = _("Profil einer Expertin oder eines Experten")
        template = "reports/blocks/expert_profile_block.html"
        description = _("Stellt eine Person mit Foto, Funktion und Kurzbiografie vor.")

    def get_searchable_content(self, value):
        person = value.get("person")
        shown = (
            value.get("heading"),
            person and person.searchable_text,
            person and person.bio,
            value.get("text") and plain_text(value["text"].source),
        )
        return [text for text in shown if text]


class PracticeTeaserBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label=_("Praxisprofil"), page_type="practices.PracticePage"
    )

    class Meta:
        icon = "doc-full"
        label = _("Praxisprofil-Teaser")
        template = "reports/blocks/practice_teaser_block.html"
        description = _("Verweist mit Kommune, Kurzbeschreibung und Schlagwörtern.")

    def get_searchable_content(self, value):
        page = value.get("page")
        if page is None or page.pk not in visible_pages([page]):
            return []
        return [page.title, page.specific.teaser]

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = value.get("page")
        visible = context.get("visible_page_ids")
        if visible is None:  # rendered outside a page that prepared its stream
            visible = visible_pages([page] if page else [])
        context["practice"] = page if page and page.pk in visible else None
        return context


class SurveyAnswerBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Antwort"), max_length=120)
    count = blocks.IntegerBlock(label=_("Anzahl"), min_value=0, max_value=1_000_000)

    class Meta:
        icon = "order"
        label = _("Antwort")


class SurveyStructValue(StructValue):
    def total(self):
        return sum(answer["count"] or 0 for answer in self["answers"])

    def rows(self):
        total = self.total()
        return [
            {
                "label": answer["label"],
                "count": answer["count"] or 0,
                "percent": round(100 * (answer["count"] or 0) / total) if total else 0,
            }
            for answer in self["answers"]
        ]


class SurveyResultBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Frage"), max_length=240)
    answers = blocks.ListBlock(SurveyAnswerBlock(), label=_("Antworten"), min_num=2)
    example_data = blocks.BooleanBlock(
        label=_("Beispieldaten"),
        required=False,
        help_text=_(
            "Ankreuzen, wenn die Zahlen nur veranschaulichen; die Grafik wird dann "
            "deutlich als Beispiel gekennzeichnet."
        ),
    )
    note = blocks.CharBlock(
        label=_("Quelle oder Hinweis"),
        max_length=300,
        required=False,
        help_text=_("z. B. „Mentimeter-Abfrage beim Netzwerktreffen“."),
    )

    class Meta:
        icon = "table"
        label = _("Umfrageergebnis")
        template = "reports/blocks/survey_result_block.html"
        value_class = SurveyStructValue
        description = _(
            "Frage mit Antworten und Anzahlen, als Balkendiagramm mit Tabelle."
        )
        preview_value = {
            "question": "Wo sehen Sie die größten Entwicklungspotenziale?",
            "answers": [
                {"label": "datenbasiert", "count": 2},
                {"label": "sozialräumlich", "count": 5},
            ],
            "example_data": True,
        }

    def clean(self, value):
        value = super().clean(value)
        if not sum(answer["count"] or 0 for answer in value["answers"]):
            message = _("Mindestens eine Antwort braucht eine Anzahl über null.")
            raise StructBlockValidationError(
                block_errors={"answers": ValidationError(message)}
            )
        return value


class ArticleBodyBlock(BaseContentBlock):
    principles = PrinciplesBlock()
    expert = ExpertProfileBlock()
    practice_teaser = PracticeTeaserBlock()
    survey = SurveyResultBlock()
    downloads = DownloadsBlock()
    contact = ContactPersonBlock()
