"""The registrants' mails, sent from the outbox (`MeetingMail`).

A row is claimed with `select_for_update(skip_locked=True)`, so the task and
the timer never send one mail twice; a failure counts an attempt and leaves
the row for the timer: a mail server outage delays mails, never loses them.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from core.links import absolute
from core.mails import MAIL_ERRORS, hash_token, new_token, templated_message

from .conf import setting
from .ical import meeting_calendar
from .links import confirm_url, manage_url
from .models import MailKind, MeetingMail, Registration, RegistrationStatus

__all__ = ["build_message", "pending_mails", "send", "send_pending"]

# The status a registration must still have for the mail to make sense.
NEEDS = {
    MailKind.CONFIRM_ADDRESS: RegistrationStatus.UNCONFIRMED,
    MailKind.REGISTERED: RegistrationStatus.CONFIRMED,
    MailKind.WAITING: RegistrationStatus.WAITING,
    MailKind.PROMOTED: RegistrationStatus.CONFIRMED,
    MailKind.CANCELLED: RegistrationStatus.CANCELLED,
    MailKind.REMINDER: RegistrationStatus.CONFIRMED,
    MailKind.FOLLOW_UP: RegistrationStatus.CONFIRMED,
}
# Mails that carry the calendar entry (with the access link for online meetings).
WITH_CALENDAR = (MailKind.REGISTERED, MailKind.PROMOTED, MailKind.REMINDER)


def still_due(mail):
    registration = mail.registration
    if not registration.email or registration.status != NEEDS[mail.kind]:
        return False
    return not (mail.kind == MailKind.CONFIRM_ADDRESS and registration.is_expired)


def _context(mail):
    registration = mail.registration
    meeting = registration.meeting
    has_seat = registration.status == RegistrationStatus.CONFIRMED
    report = meeting.visible_report()
    materials = meeting.visible_materials()
    return {
        "registration": registration,
        "meeting": meeting,
        "meeting_url": absolute(meeting.url or ""),
        "start": timezone.localtime(meeting.start),
        "end": timezone.localtime(meeting.end),
        "manage_url": manage_url(registration),
        "access_url": meeting.access_url if has_seat and meeting.online else "",
        "report_url": absolute(report.url) if report else "",
        "materials_url": absolute(materials.url) if materials else "",
    }


def build_message(mail):
    context = _context(mail)
    if mail.kind == MailKind.CONFIRM_ADDRESS:
        # Only the hash is stored, so every attempt sends a fresh link.
        token = new_token()
        Registration.objects.filter(pk=mail.registration_id).update(
            confirmation_token_hash=hash_token(token)
        )
        context["confirm_url"] = confirm_url(token)
    message = templated_message(
        f"meetings/emails/{mail.kind}", context, [mail.registration.email]
    )
    if mail.kind in WITH_CALENDAR:
        calendar = meeting_calendar(
            [mail.registration.meeting], access_url=context["access_url"]
        )
        message.attach("veranstaltung.ics", calendar, "text/calendar; charset=utf-8")
    return message


def _claim(mail_pk):
    return (
        MeetingMail.objects.select_for_update(skip_locked=True, of=("self",))
        .select_related("registration__meeting")
        .filter(pk=mail_pk, sent_at=None)
        .first()
    )


def send(mail_pk):
    """Send one owed mail unless another worker has it; True when sent."""
    try:
        with transaction.atomic():
            mail = _claim(mail_pk)
            if mail is None:
                return False
            if still_due(mail):
                build_message(mail).send()
            # Sent, or settled because it no longer applies (e.g. cancelled).
            MeetingMail.objects.filter(pk=mail_pk).update(sent_at=timezone.now())
    except MAIL_ERRORS:
        MeetingMail.objects.filter(pk=mail_pk).update(attempts=F("attempts") + 1)
        raise
    return True


def pending_mails():
    return MeetingMail.objects.filter(
        sent_at=None, attempts__lt=setting("MEETING_MAIL_MAX_ATTEMPTS")
    ).order_by("created_at", "pk")


def send_pending():
    """(sent, failed) over the outbox, oldest first."""
    sent = failed = 0
    for mail_pk in pending_mails().values_list("pk", flat=True):
        try:
            sent += send(mail_pk)
        except MAIL_ERRORS:
            failed += 1
    return sent, failed
