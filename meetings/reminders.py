"""What the daily timer owes participants: the reminder the day before, and
after the meeting the link to its report and material. Each goes to a
registration once (a unique constraint), however often the timer runs."""

import datetime
import zoneinfo

from django.db.models import Q
from django.utils import timezone

from .conf import setting
from .models import MailKind, MeetingMail, MeetingPage, Registration
from .models import RegistrationStatus as Status

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def _day_bounds(day):
    start = datetime.datetime.combine(day, datetime.time.min, BERLIN)
    return start, start + datetime.timedelta(days=1)


def _owe(registrations, kind):
    rows = [MeetingMail(registration=r, kind=kind) for r in registrations]
    # Rows already owed or sent for this registration and kind are skipped.
    before = MeetingMail.objects.filter(kind=kind).count()
    MeetingMail.objects.bulk_create(rows, ignore_conflicts=True)
    return MeetingMail.objects.filter(kind=kind).count() - before


def queue_reminders(today=None):
    """Reminders for the confirmed participants of tomorrow's meetings."""
    tomorrow = (today or timezone.localdate()) + datetime.timedelta(days=1)
    start, end = _day_bounds(tomorrow)
    meetings = MeetingPage.objects.live().filter(start__gte=start, start__lt=end)
    registrations = Registration.objects.filter(
        meeting__in=meetings, status=Status.CONFIRMED, purged_at=None
    )
    return _owe(registrations, MailKind.REMINDER)


def queue_follow_ups(now=None):
    """Report and material for those who came (or were not marked absent),
    once the meeting is over and links either; until the data is purged."""
    now = now or timezone.now()
    oldest = now - datetime.timedelta(days=setting("MEETING_RETENTION_DAYS"))
    meetings = MeetingPage.objects.live().filter(
        Q(report__live=True) | Q(materials__live=True),
        end__lte=now,
        end__gt=oldest,
    )
    registrations = Registration.objects.filter(
        meeting__in=meetings, status=Status.CONFIRMED, purged_at=None
    ).exclude(attended=False)
    return _owe(registrations, MailKind.FOLLOW_UP)
