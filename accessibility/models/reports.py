"""Barriers visitors report on the accessibility statement page."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["BarrierReport", "ReportStatus"]


class ReportStatus(models.TextChoices):
    NEW = "neu", _("neu")
    IN_PROGRESS = "in_bearbeitung", _("in Bearbeitung")
    ANSWERED = "beantwortet", _("beantwortet")


class BarrierReport(models.Model):
    page_reference = models.CharField(
        _("Betroffene Seite"), max_length=300, help_text=_("Adresse oder Titel")
    )
    description = models.TextField(_("Beschreibung der Barriere"), max_length=5000)
    contact_name = models.CharField(_("Name"), max_length=100, blank=True)
    contact_email = models.EmailField(_("E-Mail-Adresse"), max_length=254, blank=True)
    status = models.CharField(
        _("Status"),
        max_length=16,
        choices=ReportStatus.choices,
        default=ReportStatus.NEW,
        db_index=True,
    )
    answered_on = models.DateField(
        _("Beantwortet am"),
        null=True,
        blank=True,
        help_text=_("Wird beim Status „beantwortet“ auf heute gesetzt, wenn leer."),
    )
    note = models.TextField(
        _("Interne Notiz"),
        blank=True,
        max_length=5000,
        help_text=_("Was die Redaktion unternommen hat; nur im Admin sichtbar."),
    )
    created_at = models.DateTimeField(_("Eingegangen am"), default=timezone.now)
    mail_sent_at = models.DateTimeField(
        _("Weitergeleitet am"), null=True, blank=True, editable=False
    )
    mail_attempts = models.PositiveSmallIntegerField(
        _("Fehlgeschlagene Mailversuche"), default=0, editable=False
    )
    anonymised_at = models.DateTimeField(
        _("Kontaktdaten gelöscht am"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("Barrieremeldung")
        verbose_name_plural = _("Barrieremeldungen")
        ordering = ["-created_at"]

    def __str__(self):
        return _("Barrieremeldung vom %(date)s") % {
            "date": timezone.localtime(self.created_at).strftime("%d.%m.%Y %H:%M")
        }

    def save(self, *args, **kwargs):
        if self.status == ReportStatus.ANSWERED and self.answered_on is None:
            self.answered_on = timezone.localdate()
        super().save(*args, **kwargs)
