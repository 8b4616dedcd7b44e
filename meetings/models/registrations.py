"""Registrations for a meeting and the mails owed to each registrant."""

import uuid

from django.contrib import admin
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["MailKind", "MeetingMail", "Registration", "RegistrationStatus"]


class RegistrationStatus(models.TextChoices):
    UNCONFIRMED = "unbestaetigt", _("Adresse unbestätigt")
    CONFIRMED = "angemeldet", _("angemeldet")
    WAITING = "warteliste", _("Warteliste")
    CANCELLED = "abgemeldet", _("abgemeldet")


# Who holds or waits for a seat.
ACTIVE = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)


class Registration(models.Model):
    meeting = models.ForeignKey(
        "meetings.MeetingPage",
        verbose_name=_("Veranstaltung"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    # Random, never shown: the signed management link names it.
    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(
        _("Status"),
        max_length=16,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.UNCONFIRMED,
        db_index=True,
    )
    name = models.CharField(_("Name"), max_length=100, blank=True)
    organisation = models.CharField(_("Organisation"), max_length=160, blank=True)
    city = models.CharField(_("Kommune"), max_length=100, blank=True)
    email = models.EmailField(_("E-Mail"), max_length=254, blank=True)
    accessibility_needs = models.TextField(
        _("Bedarfe zur Barrierefreiheit"), max_length=1000, blank=True
    )
    consent_at = models.DateTimeField(_("Einwilligung am"), null=True, blank=True)
    created_at = models.DateTimeField(_("Eingegangen am"), default=timezone.now)
    confirm_by = models.DateTimeField(_("Zu bestätigen bis"), db_index=True)
    confirmed_at = models.DateTimeField(
        _("Adresse bestätigt am"), null=True, blank=True
    )
    promoted_at = models.DateTimeField(_("Nachgerückt am"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("Abgemeldet am"), null=True, blank=True)
    attended = models.BooleanField(_("Teilgenommen"), null=True, blank=True)
    purged_at = models.DateTimeField(
        _("Personenbezogene Daten gelöscht am"), null=True, blank=True
    )
    confirmation_token_hash = models.CharField(
        max_length=64, blank=True, db_index=True, editable=False
    )

    class Meta:
        verbose_name = _("Anmeldung")
        verbose_name_plural = _("Anmeldungen")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["meeting", "status", "confirmed_at"])]

    def __str__(self):
        return self.name or _("Anmeldung %(pk)s") % {"pk": self.pk}

    @admin.display(description=_("Teilgenommen"))
    def attendance(self):
        return {True: _("ja"), False: _("nein")}.get(self.attended, "")

    @property
    def is_expired(self):
        return (
            self.status == RegistrationStatus.UNCONFIRMED
            and self.confirm_by <= timezone.now()
        )


class MailKind(models.TextChoices):
    CONFIRM_ADDRESS = "adresse", _("Adresse bestätigen")
    REGISTERED = "angemeldet", _("Anmeldebestätigung")
    WAITING = "warteliste", _("Platz auf der Warteliste")
    PROMOTED = "nachgerueckt", _("Von der Warteliste nachgerückt")
    CANCELLED = "abgemeldet", _("Abmeldung")
    REMINDER = "erinnerung", _("Erinnerung am Vortag")
    FOLLOW_UP = "nachbereitung", _("Bericht und Material")


# Sent at most once per registration, however often the timer runs.
ONCE = (MailKind.REMINDER, MailKind.FOLLOW_UP)


class MeetingMail(models.Model):
    """The outbox: a row per mail owed, sent by a task and, after a failure,
    by the timer (`send_meeting_mails`)."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="mails"
    )
    kind = models.CharField(_("Art"), max_length=16, choices=MailKind.choices)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("E-Mail an Teilnehmende")
        verbose_name_plural = _("E-Mails an Teilnehmende")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "kind"],
                condition=Q(kind__in=["erinnerung", "nachbereitung"]),
                name="meetings_mail_once",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.registration_id})"
