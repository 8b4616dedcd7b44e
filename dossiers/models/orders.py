"""Print orders: who ordered which dossiers, and where each order stands."""

import secrets

from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = [
    "Country",
    "OrderStatus",
    "PrintOrder",
    "PrintOrderItem",
]

REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class OrderStatus(models.TextChoices):
    UNCONFIRMED = "unbestaetigt", _("unbestätigt")
    CONFIRMED = "bestaetigt", _("bestätigt")
    PROCESSING = "in_bearbeitung", _("in Bearbeitung")
    SHIPPED = "versendet", _("versendet")
    CANCELLED = "storniert", _("storniert")
    EXPIRED = "abgelaufen", _("abgelaufen")


# Which status may follow which; confirming is the orderer's step, not dispatch's.
TRANSITIONS = {
    OrderStatus.UNCONFIRMED: (OrderStatus.CANCELLED,),
    OrderStatus.CONFIRMED: (
        OrderStatus.PROCESSING,
        OrderStatus.SHIPPED,
        OrderStatus.CANCELLED,
    ),
    OrderStatus.PROCESSING: (OrderStatus.SHIPPED, OrderStatus.CANCELLED),
}
HOLDS_STOCK = (OrderStatus.UNCONFIRMED, OrderStatus.CONFIRMED, OrderStatus.PROCESSING)
# Shipped copies have left the store; only these steps put copies back.
RETURNS_STOCK = (OrderStatus.CANCELLED, OrderStatus.EXPIRED)
FINISHED = (OrderStatus.SHIPPED, OrderStatus.CANCELLED, OrderStatus.EXPIRED)


class Country(models.TextChoices):
    DE = "DE", _("Deutschland")
    AT = "AT", _("Österreich")
    CH = "CH", _("Schweiz")
    LI = "LI", _("Liechtenstein")
    LU = "LU", _("Luxemburg")
    BE = "BE", _("Belgien")
    NL = "NL", _("Niederlande")
    DK = "DK", _("Dänemark")
    PL = "PL", _("Polen")
    CZ = "CZ", _("Tschechien")
    FR = "FR", _("Frankreich")
    IT = "IT", _("Italien")


def new_reference():
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"TD-{code[:4]}-{code[4:]}"


class PrintOrder(models.Model):
    reference = models.CharField(
        _("Bestellnummer"), max_length=16, unique=True, default=new_reference
    )
    submission_key = models.CharField(max_length=40, unique=True, editable=False)
    status = models.CharField(
        _("Status"),
        max_length=16,
        choices=OrderStatus.choices,
        default=OrderStatus.UNCONFIRMED,
        db_index=True,
    )
    name = models.CharField(_("Name"), max_length=100)
    organisation = models.CharField(_("Organisation"), max_length=150, blank=True)
    street = models.CharField(_("Straße und Hausnummer"), max_length=150)
    postcode = models.CharField(_("Postleitzahl"), max_length=10)
    town = models.CharField(_("Ort"), max_length=100)
    country = models.CharField(
        _("Land"), max_length=2, choices=Country.choices, default=Country.DE
    )
    email = models.EmailField(_("E-Mail"), max_length=254, db_index=True)
    phone = models.CharField(_("Telefon"), max_length=30, blank=True)
    purpose = models.TextField(_("Verwendungszweck"), max_length=500, blank=True)
    note = models.TextField(
        _("Interne Notiz"),
        blank=True,
        help_text=_("Nur für den Versand sichtbar, z. B. Sendungsnummer."),
    )
    privacy_consent_at = models.DateTimeField(_("Einwilligung Datenschutz am"))
    created_at = models.DateTimeField(_("Bestellt am"), default=timezone.now)
    confirm_by = models.DateTimeField(_("Zu bestätigen bis"))
    confirmed_at = models.DateTimeField(_("Bestätigt am"), null=True, blank=True)
    status_changed_at = models.DateTimeField(
        _("Status geändert am"), default=timezone.now
    )
    confirmation_token_hash = models.CharField(
        max_length=64, blank=True, db_index=True, editable=False
    )
    confirmation_mail_sent_at = models.DateTimeField(
        _("Bestätigungslink verschickt am"), null=True, blank=True
    )
    dispatch_mail_sent_at = models.DateTimeField(
        _("Versand benachrichtigt am"), null=True, blank=True
    )
    mail_attempts = models.PositiveSmallIntegerField(
        _("Fehlgeschlagene Mailversuche"), default=0
    )
    anonymised_at = models.DateTimeField(_("Anonymisiert am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Bestellung")
        verbose_name_plural = _("Bestellungen")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.reference} – {self.name or _('anonymisiert')}"

    @property
    def holds_stock(self):
        return self.status in HOLDS_STOCK

    @property
    def next_statuses(self):
        return TRANSITIONS.get(self.status, ())

    @property
    def is_expired(self):
        return (
            self.status == OrderStatus.UNCONFIRMED and self.confirm_by <= timezone.now()
        )

    def address_lines(self):
        lines = [self.name, self.organisation, self.street]
        lines.append(f"{self.postcode} {self.town}".strip())
        if self.country != Country.DE:
            lines.append(self.get_country_display())
        return [line for line in lines if line]

    def items_summary(self):
        return ", ".join(
            f"{item.quantity} × {item.dossier_title}" for item in self.items.all()
        )

    items_summary.short_description = _("Hefte")

    def total_copies(self):
        return sum(item.quantity for item in self.items.all())

    total_copies.short_description = _("Exemplare")


class PrintOrderItem(models.Model):
    order = models.ForeignKey(
        PrintOrder,
        verbose_name=_("Bestellung"),
        on_delete=models.CASCADE,
        related_name="items",
    )
    dossier = models.ForeignKey(
        "dossiers.DossierPage",
        verbose_name=_("Themendossier"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    dossier_title = models.CharField(_("Titel bei Bestellung"), max_length=300)
    quantity = models.PositiveSmallIntegerField(
        _("Exemplare"), validators=[MinValueValidator(1)]
    )

    class Meta:
        verbose_name = _("Bestellposition")
        verbose_name_plural = _("Bestellpositionen")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["order", "dossier"], name="one_item_per_dossier"
            ),
            models.CheckConstraint(
                condition=models.Q(quantity__gte=1), name="item_quantity_positive"
            ),
        ]

    def __str__(self):
        return f"{self.quantity} × {self.dossier_title}"
