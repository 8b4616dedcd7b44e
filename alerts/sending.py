"""Sending the outbox: each item to each matching subscriber exactly once.

Per subscriber, the delivery rows (unique per subscription and item) are
inserted, the mail is sent and the rows are committed in one transaction:
- a worker that dies before the commit leaves no row, so a retry sends the
  item again (nothing is missed);
- a committed row is never sent again, and a second worker inserting the
  same row waits for the first and then skips it (nothing is doubled);
- no cursor or high-water mark is kept: an item committed while a batch runs
  has no delivery row and goes out with the next run.
The one window left is a crash after the mail server accepted the mail and
before the commit: then the mail may come twice, never not at all.
"""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from core.mails import MAIL_ERRORS, templated_message

from .links import manage_url, unsubscribe_url
from .models import AlertItem, Delivery, Frequency, Subscription

__all__ = ["deliver", "due_items", "send_digests", "send_immediate"]

logger = logging.getLogger(__name__)

ONE_CLICK = "List-Unsubscribe=One-Click"


def due_items(subscription):
    """Items published since the confirmation, matching, not yet delivered."""
    delivered = Delivery.objects.filter(subscription=subscription).values("item")
    items = AlertItem.objects.filter(created_at__gte=subscription.confirmed_at).exclude(
        pk__in=delivered
    )
    return [item for item in items if subscription.matches(item)]


def unsubscribe_headers(subscription):
    """RFC 8058: mail programs offer one-click unsubscribing."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(subscription)}>",
        "List-Unsubscribe-Post": ONE_CLICK,
    }


def build_message(subscription, items):
    from core.contract import content_types

    labels = {kind.key: kind.singular for kind in content_types()}
    context = {
        "items": [(labels.get(item.kind, ""), item) for item in items],
        "manage_url": manage_url(subscription),
        "unsubscribe_url": unsubscribe_url(subscription),
    }
    template = (
        "alerts/emails/sofort"
        if subscription.frequency == Frequency.IMMEDIATE
        else "alerts/emails/wochenuebersicht"
    )
    return templated_message(
        template,
        context,
        [subscription.email],
        headers=unsubscribe_headers(subscription),
    )


def claim(subscription, items):
    """Insert the delivery rows; False when another worker holds one."""
    try:
        with transaction.atomic():
            Delivery.objects.bulk_create(
                [Delivery(subscription=subscription, item=item) for item in items]
            )
    except IntegrityError:
        return False
    return True


def deliver(subscription, items):
    """Send `items` in one mail; True when this call sent it."""
    with transaction.atomic():
        if not claim(subscription, items):
            return False
        build_message(subscription, items).send()
    return True


def _confirmed(frequency):
    return (
        Subscription.objects.filter(frequency=frequency, confirmed_at__isnull=False)
        .prefetch_related("approaches", "topics", "cities")
        .order_by("pk")
    )


def _run(subscription, batches):
    sent = failed = 0
    for items in batches:
        try:
            sent += deliver(subscription, items)
        except MAIL_ERRORS:
            logger.warning("Alert mail failed; the next run sends it")
            failed += 1
    return sent, failed


def send_immediate():
    """(sent, failed): one mail per item to every immediate subscriber."""
    sent = failed = 0
    for subscription in _confirmed(Frequency.IMMEDIATE):
        batches = [[item] for item in due_items(subscription)]
        done, errors = _run(subscription, batches)
        sent, failed = sent + done, failed + errors
    return sent, failed


def send_digests():
    """(sent, failed): one overview of the due items per weekly subscriber."""
    sent = failed = 0
    for subscription in _confirmed(Frequency.WEEKLY):
        items = due_items(subscription)
        done, errors = _run(subscription, [items] if items else [])
        sent, failed = sent + done, failed + errors
    return sent, failed


def purge_unconfirmed(now=None):
    """Delete subscriptions not confirmed within the period; their count."""
    from .models import CONFIRMATION_DAYS

    now = now or timezone.now()
    limit = now - timezone.timedelta(days=CONFIRMATION_DAYS)
    deleted, _ = Subscription.objects.filter(
        confirmed_at=None, consented_at__lt=limit
    ).delete()
    return deleted
