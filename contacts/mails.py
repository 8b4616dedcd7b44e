"""The two mails of a message: the sender's confirmation link, and the
forwarded message, which answers go straight back from.

Neither names the recipient's address to the sender: the confirmation goes to
the sender and only names the person; the forward goes to the person with the
sender in Reply-To.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from core.links import absolute
from core.mails import MAIL_ERRORS, hash_token, new_token, templated_message
from core.models import PortalSettings

from .models import ContactMessage, MessageStatus

logger = logging.getLogger(__name__)

BLANKED = {"sender_name": "", "sender_email": "", "subject": "", "message": ""}


def _message(template, context, to, **kwargs):
    return templated_message(f"contacts/emails/{template}", context, to, **kwargs)


def office_address():
    portal = PortalSettings.for_default_site()
    return portal.contact_email if portal else ""


def recipient_address(message):
    # A person deleted meanwhile leaves no address: the office never gets
    # a message meant for someone else.
    if message.to_office:
        return office_address()
    return message.person.email if message.person else ""


def confirmation_message(message):
    # Only the hash is stored, so every attempt sends a fresh link.
    token = new_token()
    ContactMessage.objects.filter(pk=message.pk).update(
        confirmation_token_hash=hash_token(token)
    )
    context = {
        "message": message,
        "confirm_url": absolute(reverse("contact_confirm", args=[token])),
    }
    return _message("confirmation", context, [message.sender_email])


def forward_message(message):
    address = recipient_address(message)
    if not address:
        return None
    page_url = message.page.url if message.page else ""
    context = {"message": message, "page_url": absolute(page_url or "")}
    return _message("forward", context, [address], reply_to=[message.sender_email])


def _claim(message_pk, **conditions):
    # Only the message row is locked: PostgreSQL refuses to lock the nullable
    # side of the outer joins to page and person.
    return (
        ContactMessage.objects.select_for_update(skip_locked=True, of=("self",))
        .select_related("person", "page")
        .filter(pk=message_pk, **conditions)
        .first()
    )


def _count_failure(message_pk):
    ContactMessage.objects.filter(pk=message_pk).update(
        mail_attempts=F("mail_attempts") + 1
    )


def send_confirmation(message_pk):
    """Mail the link unless another worker has it; True when this one sent it."""
    try:
        with transaction.atomic():
            message = _claim(
                message_pk,
                status=MessageStatus.UNCONFIRMED,
                confirmation_mail_sent_at=None,
                confirm_by__gt=timezone.now(),
            )
            if message is None:
                return False
            confirmation_message(message).send()
            ContactMessage.objects.filter(pk=message_pk).update(
                confirmation_mail_sent_at=timezone.now()
            )
    except MAIL_ERRORS:
        _count_failure(message_pk)
        raise
    return True


def forward(message_pk):
    """Forward a confirmed message, then keep only its log fields.

    A message whose recipient has no address any more cannot be delivered:
    it is blanked as well and logged as such.
    """
    try:
        with transaction.atomic():
            message = _claim(message_pk, status=MessageStatus.CONFIRMED)
            if message is None:
                return False
            mail = forward_message(message)
            if mail is None:
                logger.warning("Kontaktanfrage %s: keine Empfängeradresse", message_pk)
                give_up(message_pk)
                return False
            mail.send()
            ContactMessage.objects.filter(pk=message_pk).update(
                status=MessageStatus.FORWARDED, forwarded_at=timezone.now(), **BLANKED
            )
    except MAIL_ERRORS:
        _count_failure(message_pk)
        raise
    return True


def give_up(message_pk):
    ContactMessage.objects.filter(pk=message_pk).update(
        status=MessageStatus.FAILED, **BLANKED
    )


def pending_confirmations():
    return ContactMessage.objects.filter(
        status=MessageStatus.UNCONFIRMED,
        confirm_by__gt=timezone.now(),
        confirmation_mail_sent_at=None,
        mail_attempts__lt=settings.CONTACT_MAIL_MAX_ATTEMPTS,
    )


def pending_forwards():
    return ContactMessage.objects.filter(
        status=MessageStatus.CONFIRMED,
        mail_attempts__lt=settings.CONTACT_MAIL_MAX_ATTEMPTS,
    )


def stuck_forwards(max_attempts):
    return ContactMessage.objects.filter(
        status=MessageStatus.CONFIRMED, mail_attempts__gte=max_attempts
    )
