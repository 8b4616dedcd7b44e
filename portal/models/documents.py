from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import ItemBase
from wagtail.documents.models import AbstractDocument, Document

from .tags import Tag

__all__ = ["DocumentType", "PortalDocument", "TaggedDocument"]


class DocumentType(models.TextChoices):
    REPORT = "bericht", _("Bericht")
    DOSSIER = "dossier", _("Dossier")
    PRESENTATION = "praesentation", _("Präsentation")
    GUIDE = "handreichung", _("Handreichung")
    DOCUMENTATION = "dokumentation", _("Dokumentation")


class TaggedDocument(ItemBase):
    tag = models.ForeignKey(
        Tag, on_delete=models.CASCADE, related_name="tagged_documents"
    )
    content_object = models.ForeignKey(
        "portal.PortalDocument", on_delete=models.CASCADE, related_name="tagged_items"
    )


class PortalDocument(AbstractDocument):
    """A download with the metadata readers and search need."""

    description = models.TextField(_("Beschreibung"), blank=True)
    document_type = models.CharField(
        _("Art"), max_length=20, choices=DocumentType.choices, blank=True
    )
    year = models.PositiveSmallIntegerField(
        _("Jahr"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    publisher = models.CharField(
        _("Herausgeber"),
        max_length=200,
        blank=True,
        help_text=_("Stadt oder Organisation, die das Dokument herausgibt."),
    )
    city = models.ForeignKey(
        "portal.City",
        verbose_name=_("Kommune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
    )
    language = models.CharField(
        _("Sprache"),
        max_length=5,
        choices=[("de", _("Deutsch")), ("en", _("Englisch"))],
        default="de",
    )
    page_count = models.PositiveIntegerField(_("Seitenzahl"), null=True, blank=True)
    extracted_text = models.TextField(
        _("Extrahierter Text"), blank=True, editable=False
    )
    text_extraction_failed = models.BooleanField(
        _("Text nicht lesbar"),
        default=False,
        editable=False,
        help_text=_("Die Datei ist gespeichert, ihr Text konnte nicht gelesen werden."),
    )
    tags = TaggableManager(
        through=TaggedDocument, blank=True, verbose_name=_("Schlagwörter")
    )

    admin_form_fields = Document.admin_form_fields + (
        "description",
        "document_type",
        "year",
        "publisher",
        "city",
        "language",
        "page_count",
    )

    class Meta(AbstractDocument.Meta):
        verbose_name = _("Dokument")
        verbose_name_plural = _("Dokumente")

    @property
    def format_label(self):
        return (self.file_extension or "").upper()
