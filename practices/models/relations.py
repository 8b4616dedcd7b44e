"""Ordered inline lists and the tag table of practice and city pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable

from core.models import Tag

__all__ = [
    "CityContact",
    "PracticeContact",
    "PracticeDepartment",
    "PracticeDownload",
    "RelatedPractice",
    "TaggedPractice",
]


class TaggedPractice(ItemBase):
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="practices")
    content_object = ParentalKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        # The newest practices with a tag, read in index order (related practices).
        indexes = [
            models.Index(
                fields=["tag", "-content_object"], name="tagged_practice_newest"
            )
        ]


class PersonLink(Orderable):
    person = models.ForeignKey(
        "portal.Person",
        verbose_name=_("Person"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Kontaktdaten erscheinen nur, wenn die Person es erlaubt hat."),
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        # The item's heading in the editor; empty until a person is chosen.
        return self.person.name if self.person_id else ""


class PracticeContact(PersonLink):
    page = ParentalKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="contacts"
    )


class CityContact(PersonLink):
    page = ParentalKey(
        "practices.CityPage", on_delete=models.CASCADE, related_name="contacts"
    )


class PracticeDepartment(Orderable):
    page = ParentalKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="departments"
    )
    name = models.CharField(
        _("Fachbereich oder Amt"),
        max_length=120,
        help_text=_("z. B. „Bildung“ oder „Jugendamt und Gesundheitsamt“."),
    )
    number = models.CharField(
        _("Nummer"),
        max_length=12,
        blank=True,
        help_text=_("Die Amts- oder Fachbereichsnummer, z. B. „40“."),
    )

    panels = [FieldPanel("name"), FieldPanel("number")]

    def __str__(self):
        return f"{self.name} ({self.number})" if self.number else self.name


class PracticeDownload(Orderable):
    page = ParentalKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="downloads"
    )
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("Dokument"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Format und Größe werden automatisch angezeigt."),
    )

    panels = [FieldPanel("document")]

    def __str__(self):
        return self.document.title if self.document_id else ""


class RelatedPractice(Orderable):
    page = ParentalKey(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="related_practice_links",
    )
    related = models.ForeignKey(
        "practices.PracticePage",
        verbose_name=_("Praxisprofil"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Steht vor den automatisch gefundenen verwandten Profilen."),
    )

    panels = [FieldPanel("related")]

    def __str__(self):
        return self.related.title if self.related_id else ""
