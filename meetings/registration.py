"""A registration's way: requested, address confirmed (a seat or the waiting
list), cancelled (the next on the waiting list moves up).

Every change of seats happens while the meeting's row is locked
(`select_for_update`), so parallel confirmations and cancellations queue up
behind each other: no seat is given twice and none is lost.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from .conf import setting
from .models import MailKind, MeetingPage, Registration, RegistrationStatus
from .tasks import queue_mail

__all__ = [
    "cancel",
    "confirm",
    "fill_free_seats",
    "purge_expired",
    "register",
    "seat_summary",
]


def _lock_meeting(meeting_pk):
    # Only the meeting's own row: the page row beside it stays free for editors.
    return MeetingPage.objects.select_for_update(of=("self",)).get(pk=meeting_pk)


def _confirmed_count(meeting):
    return meeting.registrations.filter(status=RegistrationStatus.CONFIRMED).count()


def seat_summary(meeting):
    """(confirmed, waiting, free or None for unlimited)."""
    statuses = list(
        meeting.registrations.filter(
            status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING]
        ).values_list("status", flat=True)
    )
    confirmed = statuses.count(RegistrationStatus.CONFIRMED)
    free = None if meeting.capacity is None else max(0, meeting.capacity - confirmed)
    return confirmed, statuses.count(RegistrationStatus.WAITING), free


@transaction.atomic
def register(meeting, data):
    now = timezone.now()
    hours = setting("MEETING_CONFIRMATION_HOURS")
    registration = Registration.objects.create(
        meeting=meeting,
        name=data["name"],
        organisation=data["organisation"],
        city=data["city"],
        email=data["email"],
        accessibility_needs=data.get("accessibility_needs", ""),
        consent_at=now,
        created_at=now,
        confirm_by=now + datetime.timedelta(hours=hours),
    )
    queue_mail(registration, MailKind.CONFIRM_ADDRESS)
    return registration


def _already_registered(registration):
    return (
        Registration.objects.filter(
            meeting_id=registration.meeting_id,
            email__iexact=registration.email,
            status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING],
        )
        .exclude(pk=registration.pk)
        .first()
    )


@transaction.atomic
def confirm(registration):
    """Confirm the address once, before expiry: a seat if one is free, else
    the waiting list. Returns the registration as it now stands."""
    meeting = _lock_meeting(registration.meeting_id)
    current = Registration.objects.get(pk=registration.pk)
    if current.status != RegistrationStatus.UNCONFIRMED or current.is_expired:
        return current
    if existing := _already_registered(current):
        # One seat per address: this request only points to the first one.
        current.delete()
        return existing
    now = timezone.now()
    has_seat = meeting.capacity is None or _confirmed_count(meeting) < meeting.capacity
    current.status = (
        RegistrationStatus.CONFIRMED if has_seat else RegistrationStatus.WAITING
    )
    current.confirmed_at = now
    current.save(update_fields=["status", "confirmed_at"])
    queue_mail(current, MailKind.REGISTERED if has_seat else MailKind.WAITING)
    return current


@transaction.atomic
def cancel(registration):
    """Cancel; a freed seat goes to the first on the waiting list at once."""
    meeting = _lock_meeting(registration.meeting_id)
    current = Registration.objects.get(pk=registration.pk)
    if current.status == RegistrationStatus.CANCELLED:
        return current
    had_seat = current.status == RegistrationStatus.CONFIRMED
    was_active = current.status != RegistrationStatus.UNCONFIRMED
    current.status = RegistrationStatus.CANCELLED
    current.cancelled_at = timezone.now()
    current.save(update_fields=["status", "cancelled_at"])
    if was_active:
        queue_mail(current, MailKind.CANCELLED)
    if had_seat:
        _promote(meeting)
    return current


def _promote(meeting):
    """Give free seats to the waiting list, first come first served (locked)."""
    if meeting.is_past:
        return 0
    waiting = meeting.registrations.filter(status=RegistrationStatus.WAITING)
    if meeting.capacity is not None:
        free = meeting.capacity - _confirmed_count(meeting)
        waiting = waiting.order_by("confirmed_at", "pk")[: max(0, free)]
    promoted = 0
    for registration in waiting:
        registration.status = RegistrationStatus.CONFIRMED
        registration.promoted_at = timezone.now()
        registration.save(update_fields=["status", "promoted_at"])
        queue_mail(registration, MailKind.PROMOTED)
        promoted += 1
    return promoted


@transaction.atomic
def fill_free_seats(meeting_pk):
    """After an editor raised the capacity (or removed it): move people up."""
    return _promote(_lock_meeting(meeting_pk))


def purge_expired():
    """Delete address requests nobody confirmed in time; returns how many."""
    deleted, _ = Registration.objects.filter(
        status=RegistrationStatus.UNCONFIRMED, confirm_by__lte=timezone.now()
    ).delete()
    return deleted
