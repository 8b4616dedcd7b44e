"""Placing, confirming and moving print orders; stock follows every step.

Every status change is a conditional UPDATE on the old status, so two clicks,
two workers or a click and the expiry timer can never return stock twice.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import OrderStatus, PrintOrder, PrintOrderItem, PrintStock
from .models.orders import FINISHED, HOLDS_STOCK

__all__ = [
    "OutOfStock",
    "anonymise_finished_orders",
    "change_status",
    "confirm_order",
    "expire_overdue_orders",
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


class OutOfStock(Exception):
    def __init__(self, dossier):
        super().__init__(dossier.pk)
        self.dossier = dossier


def orders_in_last_30_days(email):
    since = timezone.now() - datetime.timedelta(days=30)
    return (
        PrintOrder.objects.filter(email__iexact=email, created_at__gte=since)
        .exclude(status=OrderStatus.EXPIRED)
        .count()
    )


def place_order(submission_key, data, items):
    """Store an unconfirmed order and reserve its copies, or raise OutOfStock.

    A second submit with the same key returns the first order unchanged.
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


@transaction.atomic
def _create_with_reservation(submission_key, data, items):
    now = timezone.now()
    order = PrintOrder.objects.create(
        submission_key=submission_key,
        privacy_consent_at=now,
        created_at=now,
        confirm_by=now + datetime.timedelta(days=settings.DOSSIER_CONFIRMATION_DAYS),
        **{field: data.get(field, "") for field in ADDRESS_FIELDS},
    )
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
    if order.status in HOLDS_STOCK and to_status not in HOLDS_STOCK:
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
