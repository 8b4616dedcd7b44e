from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from taggit.managers import TaggableManager
from taggit.models import ItemBase
from wagtail.api import APIField
from wagtail.documents.models import AbstractDocument, Document, DocumentQuerySet
from wagtail.search import index

from core.serializers import CitySerializer
from core.visibility import in_restricted_collection, restricted_collections_q

from .tags import Tag

__all__ = [
    "DocumentType",
    "PortalDocument",
    "TaggedDocument",
    "private_collection_filter",
]


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


def private_collection_filter():
    """Matches objects in a collection with a view restriction (or below one)."""
    return restricted_collections_q() or Q(pk__in=[])


class PortalDocumentQuerySet(DocumentQuerySet):
    def public(self):
        """Released documents outside every collection with a view restriction."""
        return self.released().exclude(private_collection_filter())

    def released(self):
        return self.filter(released_at__isnull=False)

    def awaiting_release(self):
        return self.filter(released_at__isnull=True)


class PortalDocument(AbstractDocument):
    """A download with the metadata readers and search need.

    The downloads app lists these, but the model stays in the kernel: practices
    and dossiers use documents too, and moving WAGTAILDOCS_DOCUMENT_MODEL (a
    swappable model) to another app label is not worth the risk.
    """

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
    # Empty until a network editor releases the document (portal/releases.py);
    # only released documents reach listings, search, API and tag pages.
    released_at = models.DateTimeField(
        _("Freigegeben am"), null=True, blank=True, editable=False
    )
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Freigegeben von"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PortalDocumentQuerySet.as_manager()

    admin_form_fields = Document.admin_form_fields + (
        "description",
        "document_type",
        "year",
        "publisher",
        "city",
        "language",
        "page_count",
    )

    api_fields = [
        APIField("description"),
        APIField("document_type"),
        APIField("year"),
        APIField("publisher"),
        APIField("city", serializer=CitySerializer()),
        APIField("language"),
        APIField("page_count"),
        APIField("file_size"),
        APIField("file_extension", serializer=serializers.CharField()),
        APIField("created_at"),
    ]

    search_fields = AbstractDocument.search_fields + [
        index.SearchField("description"),
        index.SearchField("publisher"),
        index.SearchField("extracted_text"),
        index.RelatedFields("city", [index.SearchField("name")]),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("Dokument")
        verbose_name_plural = _("Dokumente")
        permissions = [("release_portaldocument", "Dokumente freigeben")]

    def clean(self):
        # Without a file the form field already says so; the extension check
        # would only add a confusing "Dateiendung „“".
        if self.file:
            super().clean()

    @classmethod
    def from_db(cls, db, field_names, values):
        document = super().from_db(db, field_names, values)
        # Lets core.signals tell a replaced file from an edit of the metadata.
        document._loaded_file_hash = document.__dict__.get("file_hash")
        return document

    @property
    def is_released(self):
        return self.released_at is not None

    @property
    def is_public(self):
        """Released and outside every restricted collection; load `collection`."""
        return self.is_released and not in_restricted_collection(self.collection)

    @property
    def format_label(self):
        return (self.file_extension or "").upper()
