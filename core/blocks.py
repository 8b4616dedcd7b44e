"""StreamField blocks of network reports; meeting material reuses some."""

from django.core.exceptions import ValidationError
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamValue, StructBlockValidationError, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.models import AbstractDocument
from wagtail.models import Page
from wagtail.snippets.blocks import SnippetChooserBlock

from core.shared.blocks import BaseContentBlock
from core.visibility import public_pages_q

__all__ = [
    "ArticleBodyBlock",
    "ContactPersonBlock",
    "DownloadsBlock",
    "ExpertProfileBlock",
    "PracticeTeaserBlock",
    "PrinciplesBlock",
    "SurveyResultBlock",
    "prepare_stream",
]

PRACTICE_RELATIONS = ("city", "approaches", "tags")
PERSON_RELATIONS = ("city", "photo")


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
        template = "portal/blocks/principles_block.html"
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
        template = "portal/blocks/expert_profile_block.html"
        description = _("Stellt eine Person mit Foto, Funktion und Kurzbiografie vor.")


class PracticeTeaserBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label=_("Praxisprofil"), page_type="practices.PracticePage"
    )

    class Meta:
        icon = "doc-full"
        label = _("Praxisprofil-Teaser")
        template = "portal/blocks/practice_teaser_block.html"
        description = _("Verweist mit Kommune, Kurzbeschreibung und Schlagwörtern.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = value.get("page")
        visible = context.get("visible_page_ids")
        if visible is None:  # rendered outside a page that prepared its stream
            visible = _live_public_ids([page] if page else [])
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
        template = "portal/blocks/survey_result_block.html"
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


class ArticleBodyBlock(BaseContentBlock):
    principles = PrinciplesBlock()
    expert = ExpertProfileBlock()
    practice_teaser = PracticeTeaserBlock()
    survey = SurveyResultBlock()
    downloads = DownloadsBlock()
    contact = ContactPersonBlock()


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


def _live_public_ids(pages):
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
    practices = [
        value for value in values if value._meta.label == "practices.PracticePage"
    ]
    documents = [value for value in values if isinstance(value, AbstractDocument)]
    prefetch_related_objects(people, *PERSON_RELATIONS)
    prefetch_related_objects(practices, *PRACTICE_RELATIONS)
    return {
        "visible_page_ids": _live_public_ids(practices),
        "visible_document_ids": (
            {document.pk for document in documents}
            if members_only
            else _public_document_ids(documents)
        ),
    }
