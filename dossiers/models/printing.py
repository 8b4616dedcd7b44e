"""Stock and generated PDF of each dossier, kept off the page.

Publishing a page writes every page field from its revision, so a stock number
stored on the page would be reset to whatever the editor last saw. These rows
change only through the conditional updates below.
"""

from dataclasses import dataclass

from django.db import models
from django.db.models import F
from django.db.models.functions import Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.cache import bump_pages_by_id

__all__ = ["GeneratedPdf", "PdfDownload", "PrintStock"]


class PrintStock(models.Model):
    # Shown on its dossier's page and in listings only (see core.cache).
    invalidates_linked_pages = True
    dossier = models.OneToOneField(
        "dossiers.DossierPage",
        verbose_name=_("Themendossier"),
        on_delete=models.CASCADE,
        related_name="print_stock",
    )
    stock = models.PositiveIntegerField(
        _("Lagerbestand"),
        default=0,
        help_text=_("Exemplare, die noch bestellt werden können."),
    )
    updated_at = models.DateTimeField(_("Zuletzt geändert"), default=timezone.now)

    class Meta:
        verbose_name = _("Lagerbestand")
        verbose_name_plural = _("Lagerbestände")
        ordering = ["-dossier__issue_number"]

    def __str__(self):
        return str(self.dossier.full_title)

    @classmethod
    def reserve(cls, dossier_id, quantity):
        """Take copies only if enough are left; True when they were taken."""
        taken = cls.objects.filter(dossier_id=dossier_id, stock__gte=quantity).update(
            stock=F("stock") - quantity, updated_at=timezone.now()
        )
        # Pages show "vergriffen" only once the last copy is gone.
        left = cls.objects.filter(dossier_id=dossier_id, stock__gt=0)
        if taken and not left.exists():
            bump_pages_by_id([dossier_id])
        return taken == 1

    @classmethod
    def release(cls, dossier_id, quantity):
        cls.objects.filter(dossier_id=dossier_id).update(
            stock=F("stock") + quantity, updated_at=timezone.now()
        )
        bump_pages_by_id([dossier_id])

    @classmethod
    def adjust(cls, pk, change):
        """Book a delivery (+) or a loss (−) without overwriting concurrent orders."""
        cls.objects.filter(pk=pk).update(
            stock=Greatest(F("stock") + change, 0), updated_at=timezone.now()
        )
        bump_pages_by_id(cls.objects.filter(pk=pk).values_list("dossier_id", flat=True))


def pdf_upload_path(instance, filename):
    return f"dossiers/pdf/{filename}"


class GeneratedPdf(models.Model):
    # Shown on its dossier's page and in listings only (see core.cache).
    invalidates_linked_pages = True
    dossier = models.OneToOneField(
        "dossiers.DossierPage",
        verbose_name=_("Themendossier"),
        on_delete=models.CASCADE,
        related_name="generated_pdf",
    )
    file = models.FileField(_("Datei"), upload_to=pdf_upload_path)
    file_size = models.PositiveIntegerField(_("Dateigröße (Bytes)"))
    page_count = models.PositiveSmallIntegerField(_("Seiten"))
    revision_id = models.PositiveIntegerField(_("Aus Revision"), null=True)
    fingerprint = models.CharField(
        _("Fingerabdruck des Inhalts"),
        max_length=64,
        blank=True,
        help_text=_("Revision und sichtbare Praxisprofile, aus denen das PDF stammt."),
    )
    generated_at = models.DateTimeField(_("Erzeugt am"))
    render_seconds = models.FloatField(_("Rechenzeit (Sekunden)"))

    class Meta:
        verbose_name = _("Erzeugtes PDF")
        verbose_name_plural = _("Erzeugte PDFs")

    def __str__(self):
        return self.file.name

    def is_current(self, dossier):
        """False once anything the PDF embeds changed or left public view."""
        return bool(self.file) and self.fingerprint == dossier.embedded_fingerprint()


@dataclass(frozen=True)
class PdfDownload:
    url: str
    size: int | None
    format_label: str = "PDF"

    @classmethod
    def for_dossier(cls, dossier):
        document = dossier.pdf_document
        if document is not None:
            # An upload from a private collection is for members only: no public
            # link, API field, JSON-LD or feed enclosure, and no older generated
            # PDF in its place (the editor chose to replace that one).
            if not document.is_public:
                return None
            return cls(document.url, document.get_file_size(), document.format_label)
        generated = getattr(dossier, "generated_pdf", None)
        if generated is not None and generated.file:
            url = reverse("dossier_pdf", args=[dossier.pk])
            return cls(url, generated.file_size)
        return None
