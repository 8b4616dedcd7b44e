"""Messages visitors send to contact persons and to the network office, and the
page that offers the general form."""

from django.contrib import admin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.models import PortalSettings
from core.visibility import CachedViewRestrictionsMixin

from .forms import MessageForm

__all__ = ["ContactMessage", "ContactPage", "MessageStatus"]


class MessageStatus(models.TextChoices):
    UNCONFIRMED = "unbestaetigt", _("unbestätigt")
    CONFIRMED = "bestaetigt", _("bestätigt, wird weitergeleitet")
    FORWARDED = "weitergeleitet", _("weitergeleitet")
    FAILED = "fehlgeschlagen", _("nicht zustellbar")


class ContactMessage(models.Model):
    """One message; after forwarding only the log fields stay."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Seite"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    person = models.ForeignKey(
        "portal.Person",
        verbose_name=_("Ansprechperson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    to_office = models.BooleanField(
        _("An die Geschäftsstelle"),
        default=False,
        help_text=_("Über das allgemeine Kontaktformular geschrieben."),
    )
    status = models.CharField(
        _("Status"),
        max_length=16,
        choices=MessageStatus.choices,
        default=MessageStatus.UNCONFIRMED,
        db_index=True,
    )
    sender_name = models.CharField(_("Name"), max_length=100, blank=True)
    sender_email = models.EmailField(_("E-Mail"), max_length=254, blank=True)
    subject = models.CharField(_("Betreff"), max_length=150, blank=True)
    message = models.TextField(_("Nachricht"), max_length=5000, blank=True)
    created_at = models.DateTimeField(_("Eingegangen am"), default=timezone.now)
    confirm_by = models.DateTimeField(_("Zu bestätigen bis"), db_index=True)
    confirmed_at = models.DateTimeField(_("Bestätigt am"), null=True, blank=True)
    forwarded_at = models.DateTimeField(_("Weitergeleitet am"), null=True, blank=True)
    confirmation_token_hash = models.CharField(
        max_length=64, blank=True, db_index=True, editable=False
    )
    confirmation_mail_sent_at = models.DateTimeField(
        _("Bestätigungslink verschickt am"), null=True, blank=True
    )
    mail_attempts = models.PositiveSmallIntegerField(
        _("Fehlgeschlagene Mailversuche"), default=0
    )

    class Meta:
        verbose_name = _("Kontaktanfrage")
        verbose_name_plural = _("Kontaktanfragen")
        ordering = ["-created_at"]

    def __str__(self):
        return _("Kontaktanfrage vom %(date)s") % {
            "date": timezone.localtime(self.created_at).strftime("%d.%m.%Y %H:%M")
        }

    @property
    def is_expired(self):
        return (
            self.status == MessageStatus.UNCONFIRMED
            and self.confirm_by <= timezone.now()
        )

    @admin.display(description=_("Empfänger"))
    def recipient(self):
        if self.to_office:
            return _("Geschäftsstelle")
        return self.person.full_name if self.person else _("(Person gelöscht)")


class ContactPage(CachedViewRestrictionsMixin, Page):
    """/kontakt/: the network office's address and the general contact form."""

    intro = RichTextField(
        _("Einleitung"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Steht über dem Kontaktformular."),
    )
    address = models.TextField(
        _("Anschrift der Geschäftsstelle"),
        blank=True,
        max_length=600,
        help_text=_("Eine Zeile je Zeile der Anschrift, z. B. mit Telefonnummer."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("address"),
    ]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Kontaktseite")
        verbose_name_plural = _("Kontaktseiten")

    def get_context(self, request, *args, **kwargs):
        # The form holds a CSRF token, so the page cache never stores this page.
        context = super().get_context(request, *args, **kwargs)
        portal = PortalSettings.for_request(request)
        context["form"] = MessageForm() if portal.contact_email else None
        privacy = portal.privacy_page
        context["privacy"] = privacy if privacy and privacy.live else None
        return context
