"""The two order mails, and how a failed attempt is remembered for a retry."""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from core.links import absolute
from core.mails import MAIL_ERRORS, hash_token, new_token, templated_message
from core.models import PortalSettings

from .models import OrderStatus, PrintOrder

logger = logging.getLogger(__name__)


def _message(template, context, to):
    return templated_message(f"dossiers/emails/{template}", context, to)


def confirmation_message(order):
    # Only the hash is stored, so every attempt sends a fresh link.
    token = new_token()
    PrintOrder.objects.filter(pk=order.pk).update(
        confirmation_token_hash=hash_token(token)
    )
    context = {
        "order": order,
        "confirm_url": absolute(reverse("dossier_order_confirm", args=[token])),
    }
    return _message("confirmation", context, [order.email])


def notification_address():
    portal = PortalSettings.for_default_site()
    return portal.notification_email if portal else ""


def dispatch_message(order):
    address = notification_address()
    if not address:
        logger.warning("Keine Benachrichtigungsadresse für Bestellung %s", order.pk)
        return None
    admin_url = reverse("bestellungen:inspect", args=[order.pk])
    context = {"order": order, "admin_url": absolute(admin_url)}
    return _message("dispatch", context, [address])


def deliver(order, build_message, sent_field):
    """Send one mail unless another worker has it; True when this one sent it.

    A failure is counted on the order and raised again. The row stays locked
    while sending, so the timer and a task never mail the same order twice
    (a second confirmation mail would also void the first one's link).
    """
    try:
        with transaction.atomic():
            claimed = (
                PrintOrder.objects.select_for_update(skip_locked=True)
                .filter(pk=order.pk, **{sent_field: None})
                .values_list("pk", flat=True)
                .first()
            )
            if claimed is None:
                return False
            message = build_message(order)
            if message is not None:
                message.send()
            PrintOrder.objects.filter(pk=order.pk).update(
                **{sent_field: timezone.now()}
            )
    except MAIL_ERRORS:
        PrintOrder.objects.filter(pk=order.pk).update(
            mail_attempts=F("mail_attempts") + 1
        )
        raise
    return True


def send_confirmation(order):
    return deliver(order, confirmation_message, "confirmation_mail_sent_at")


def send_dispatch_notice(order):
    return deliver(order, dispatch_message, "dispatch_mail_sent_at")


def pending_confirmations():
    return PrintOrder.objects.filter(
        status=OrderStatus.UNCONFIRMED,
        confirm_by__gt=timezone.now(),
        confirmation_mail_sent_at=None,
        mail_attempts__lt=settings.DOSSIER_MAIL_MAX_ATTEMPTS,
    ).prefetch_related("items")


def pending_dispatch_notices():
    return PrintOrder.objects.filter(
        status__in=[OrderStatus.CONFIRMED, OrderStatus.PROCESSING],
        dispatch_mail_sent_at=None,
        mail_attempts__lt=settings.DOSSIER_MAIL_MAX_ATTEMPTS,
    ).prefetch_related("items")
