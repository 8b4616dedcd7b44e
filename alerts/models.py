"""Subscriptions to new content, the outbox of published items and the
record of what went to whom.

A subscription stores only the address, the choices and the consent time
(plus the hash of its confirmation link): nothing else about the person.
"""

import datetime
import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["AlertItem", "Delivery", "Frequency", "Subscription"]

CONFIRMATION_DAYS = 7


class Frequency(models.TextChoices):
    IMMEDIATE = "sofort", _("Sofort, eine E-Mail je Beitrag")
    WEEKLY = "woechentlich", _("Einmal in der Woche als Übersicht")


class Subscription(models.Model):
    email = models.EmailField(_("E-Mail-Adresse"), max_length=254, unique=True)
    # Content kinds by contract key ("practice", "meeting" …); never empty.
    kinds = models.JSONField(_("Inhaltsarten"), default=list)
    approaches = models.ManyToManyField(
        "portal.Tag",
        blank=True,
        related_name="alert_approach_subscriptions",
        verbose_name=_("Ansätze"),
    )
    topics = models.ManyToManyField(
        "portal.Tag",
        blank=True,
        related_name="alert_topic_subscriptions",
        verbose_name=_("Themen"),
    )
    cities = models.ManyToManyField(
        "portal.City",
        blank=True,
        related_name="alert_subscriptions",
        verbose_name=_("Kommunen"),
    )
    frequency = models.CharField(
        _("Häufigkeit"), max_length=20, choices=Frequency, default=Frequency.WEEKLY
    )
    consented_at = models.DateTimeField(_("Einwilligung am"), default=timezone.now)
    confirmation_token_hash = models.CharField(max_length=64, blank=True)
    confirmed_at = models.DateTimeField(_("Bestätigt am"), null=True, blank=True)
    # Named in the signed management link; says nothing about the person.
    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        verbose_name = _("Abonnement")
        verbose_name_plural = _("Abonnements")
        default_permissions = ()
        permissions = [
            ("view_alert_counts", _("Kann die Zahl der Abonnements sehen")),
            (
                "manage_alert_data",
                _("Kann die Daten einer Person exportieren und löschen"),
            ),
        ]

    def __str__(self):
        return str(_("Abonnement %(pk)s")) % {"pk": self.pk}

    @property
    def confirm_by(self):
        return self.consented_at + datetime.timedelta(days=CONFIRMATION_DAYS)

    @property
    def is_expired(self):
        return self.confirmed_at is None and timezone.now() > self.confirm_by

    def matches(self, item):
        """True when `item` is of a chosen kind and fits every chosen filter."""
        if item.kind not in self.kinds:
            return False
        tags = set(item.tag_ids)
        for chosen in (self.approaches.all(), self.topics.all()):
            ids = {tag.pk for tag in chosen}
            if ids and not ids & tags:
                return False
        cities = {city.pk for city in self.cities.all()}
        return not cities or bool(cities & set(item.city_ids))


class AlertItem(models.Model):
    """One published item, recorded once when it first goes public."""

    kind = models.CharField(max_length=40)
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(max_length=255)
    url = models.URLField(max_length=500)
    teaser = models.TextField(blank=True)
    tag_ids = models.JSONField(default=list)
    city_ids = models.JSONField(default=list)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.title


class Delivery(models.Model):
    """An item that went to a subscriber; the unique pair is the claim."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    item = models.ForeignKey(AlertItem, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "item"], name="alerts_delivery_once"
            )
        ]

    def __str__(self):
        return f"{self.subscription_id}:{self.item_id}"
