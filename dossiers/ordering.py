"""Placing, confirming and moving print orders; stock follows every step.

Every status change is a conditional UPDATE on the old status, so two clicks,
two workers or a click and the expiry timer can never return stock twice.
"""

import datetime
import hashlib

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from .models import OrderStatus, PrintOrder, PrintOrderItem, PrintStock
from .models.orders import FINISHED, HOLDS_STOCK, RETURNS_STOCK

__all__ = [
    "OrderQuotaReached",
    "OutOfStock",
    "anonymise_finished_orders",
    "change_status",
    "confirm_order",
    "expire_overdue_orders",
    "normalise_email",
    "orders_in_last_30_days",
    "place_order",
]

ADDRESS_FIELDS = (
    "name",
    "organisation",
    "street",
    "postcode",
    "town",
    "country",
    "email",
    "phone",
    "purpose",
)
# First key of the two-key advisory lock, so other locks can never collide.
MAILBOX_LOCK_NAMESPACE = 0x54440001


class OutOfStock(Exception):
    def __init__(self, dossier):
        super().__init__(dossier.pk)
        self.dossier = dossier


class OrderQuotaReached(Exception):
    """The address already placed DOSSIER_ORDERS_PER_EMAIL orders in 30 days."""


def normalise_email(email):
    """One key per mailbox: case, surrounding space and a "+tag" never matter.

    Dots stay: only some providers ignore them; elsewhere they name other people.
    """
    local, _, domain = email.strip().lower().rpartition("@")
    if not local:
        return email.strip().lower()
    return f"{local[:1]}{local[1:].split('+', 1)[0]}@{domain}"


def same_mailbox(email):
    key = normalise_email(email)
    local, _, domain = key.rpartition("@")
    tagged = Q(email__istartswith=f"{local}+", email__iendswith=f"@{domain}")
    return Q(email__iexact=key) | tagged


def orders_in_last_30_days(email):
    since = timezone.now() - datetime.timedelta(days=30)
    return (
        PrintOrder.objects.filter(same_mailbox(email), created_at__gte=since)
        .exclude(status=OrderStatus.EXPIRED)
        .count()
    )


def place_order(submission_key, data, items):
    """Store an unconfirmed order and reserve its copies.

    Raises OutOfStock or OrderQuotaReached, keeping nothing. A second submit
    with the same key returns the first order unchanged.
    """
    existing = PrintOrder.objects.filter(submission_key=submission_key).first()
    if existing is not None:
        return existing
    try:
        order = _create_with_reservation(submission_key, data, items)
    except IntegrityError:
        existing = PrintOrder.objects.filter(submission_key=submission_key).first()
        if existing is None:
            raise
        return existing
    transaction.on_commit(lambda: _queue_confirmation(order.pk), robust=True)
    return order


def _lock_mailbox(email):
    """Make orders for one mailbox wait for each other until the commit.

    PostgreSQL takes an advisory lock on a hash of the address, so no address is
    stored for it. SQLite runs one writing transaction at a time, and the order
    row is written before the quota is counted.
    """
    if connection.vendor != "postgresql":
        return
    digest = hashlib.sha256(normalise_email(email).encode()).digest()
    key = int.from_bytes(digest[:4], "big", signed=True)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(%s, %s)", [MAILBOX_LOCK_NAMESPACE, key]
        )


@transaction.atomic
def _create_with_reservation(submission_key, data, items):
    _lock_mailbox(data.get("email", ""))
    now = timezone.now()
    order = PrintOrder.objects.create(
        submission_key=submission_key,
        privacy_consent_at=now,
        created_at=now,
        confirm_by=now + datetime.timedelta(days=settings.DOSSIER_CONFIRMATION_DAYS),
        **{field: data.get(field, "") for field in ADDRESS_FIELDS},
    )
    # Counted under the lock and including this order, so the limit holds.
    if orders_in_last_30_days(order.email) > settings.DOSSIER_ORDERS_PER_EMAIL:
        raise OrderQuotaReached
    # A fixed order of row locks keeps two multi-item orders from deadlocking.
    for dossier, quantity in sorted(items, key=lambda item: item[0].pk):
        if not PrintStock.reserve(dossier.pk, quantity):
            raise OutOfStock(dossier)
    PrintOrderItem.objects.bulk_create(
        PrintOrderItem(
            order=order,
            dossier=dossier,
            dossier_title=dossier.full_title[:300],
            quantity=quantity,
        )
        for dossier, quantity in items
    )
    return order


def _queue_confirmation(order_id):
    from .tasks import send_confirmation_mail

    send_confirmation_mail.enqueue(order_id)


def _queue_dispatch_notice(order_id):
    from .tasks import send_dispatch_notice

    send_dispatch_notice.enqueue(order_id)


@transaction.atomic
def _move(order, to_status, **extra):
    """Change the status if nobody else did meanwhile; True when it changed."""
    now = timezone.now()
    moved = PrintOrder.objects.filter(pk=order.pk, status=order.status).update(
        status=to_status, status_changed_at=now, **extra
    )
    if not moved:
        return False
    if order.status in HOLDS_STOCK and to_status in RETURNS_STOCK:
        for item in order.items.exclude(dossier=None):
            PrintStock.release(item.dossier_id, item.quantity)
    order.status = to_status
    return True


def confirm_order(order):
    """The orderer's click on the link; an overdue order expires instead."""
    if order.status != OrderStatus.UNCONFIRMED:
        return False
    if order.is_expired:
        _move(order, OrderStatus.EXPIRED)
        return False
    if not _move(order, OrderStatus.CONFIRMED, confirmed_at=timezone.now()):
        return False
    transaction.on_commit(lambda: _queue_dispatch_notice(order.pk), robust=True)
    return True


def change_status(order, to_status):
    """A dispatch step from the admin; only the allowed transitions pass."""
    if to_status not in order.next_statuses:
        return False
    return _move(order, to_status)


def expire_overdue_orders():
    overdue = PrintOrder.objects.filter(
        status=OrderStatus.UNCONFIRMED, confirm_by__lte=timezone.now()
    )
    return sum(_move(order, OrderStatus.EXPIRED) for order in overdue)


def anonymise_finished_orders(days=None):
    """Blank the personal data of finished orders; items stay for statistics."""
    days = settings.DOSSIER_RETENTION_DAYS if days is None else days
    cutoff = timezone.now() - datetime.timedelta(days=days)
    return PrintOrder.objects.filter(
        status__in=FINISHED, status_changed_at__lt=cutoff, anonymised_at=None
    ).update(
        **{field: "" for field in ADDRESS_FIELDS if field != "country"},
        note="",
        confirmation_token_hash="",
        anonymised_at=timezone.now(),
    )
