"""A message's way: stored unconfirmed, confirmed by the sender, forwarded,
blanked; or deleted unconfirmed once its link has expired."""

import datetime
import hashlib

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.ratelimit import shared_count

from .forms import mailbox
from .models import ContactMessage, MessageStatus
from .tasks import queue_confirmation, queue_forward

__all__ = ["confirm", "purge_expired", "sender_quota_reached", "submit"]

DAY = 24 * 60 * 60


def sender_quota_reached(address):
    """Counts one more message from this mailbox today; True beyond the quota.

    Counted in the cache, not in the table: after forwarding the table no
    longer knows the sender, and nobody's address is kept for counting.
    """
    now = timezone.now().timestamp()
    digest = hashlib.sha256(mailbox(address).encode()).hexdigest()[:24]
    key = f"contact-sender:{int(now // DAY)}:{digest}"
    timeout = max(1, int((int(now // DAY) + 1) * DAY - now))
    return shared_count(key, timeout) > settings.CONTACT_MESSAGES_PER_EMAIL


@transaction.atomic
def submit(data, page=None, person=None):
    now = timezone.now()
    message = ContactMessage.objects.create(
        page=page,
        person=person,
        to_office=person is None,
        sender_name=data["sender_name"],
        sender_email=data["sender_email"],
        subject=data["subject"],
        message=data["message"],
        created_at=now,
        confirm_by=now + datetime.timedelta(hours=settings.CONTACT_CONFIRMATION_HOURS),
    )
    queue_confirmation(message.pk)
    return message


@transaction.atomic
def confirm(message):
    """Confirm once, before expiry; True when this call confirmed it."""
    confirmed = ContactMessage.objects.filter(
        pk=message.pk,
        status=MessageStatus.UNCONFIRMED,
        confirm_by__gt=timezone.now(),
    ).update(
        status=MessageStatus.CONFIRMED,
        confirmed_at=timezone.now(),
    )
    if confirmed:
        queue_forward(message.pk)
    return bool(confirmed)


def purge_expired():
    """Delete unconfirmed messages whose link has expired; returns how many."""
    deleted, _ = ContactMessage.objects.filter(
        status=MessageStatus.UNCONFIRMED, confirm_by__lte=timezone.now()
    ).delete()
    return deleted
