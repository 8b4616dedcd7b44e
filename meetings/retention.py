"""Participants' personal data is deleted `MEETING_RETENTION_DAYS` after the
meeting; the rows stay with status and attendance, so the counts remain."""

import datetime

from django.utils import timezone

from .conf import setting
from .models import Registration, RegistrationStatus

BLANKED = {
    "name": "",
    "organisation": "",
    "city": "",
    "email": "",
    "accessibility_needs": "",
    "confirmation_token_hash": "",
}


def purge_personal_data(days=None, now=None):
    """(blanked, deleted): kept rows blanked, unconfirmed requests deleted."""
    now = now or timezone.now()
    days = setting("MEETING_RETENTION_DAYS") if days is None else days
    due = Registration.objects.filter(
        meeting__end__lte=now - datetime.timedelta(days=days), purged_at=None
    )
    deleted, _ = due.filter(status=RegistrationStatus.UNCONFIRMED).delete()
    blanked = due.update(purged_at=now, **BLANKED)
    return blanked, deleted
