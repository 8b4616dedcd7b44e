"""A barrier report's way: stored, mailed to the portal's contact by a task,
kept for the network editors; its contact data blanked after the retention."""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from core.links import absolute
from core.mails import MAIL_ERRORS, templated_message
from core.models import PortalSettings

from .models import BarrierReport, ReportStatus

__all__ = [
    "MAIL_ERRORS",
    "anonymise_old_reports",
    "pending_mails",
    "recipient_address",
    "send_report_mail",
    "submit",
]

logger = logging.getLogger(__name__)

BLANKED = {"contact_name": "", "contact_email": ""}


@transaction.atomic
def submit(data):
    from .tasks import queue_report_mail

    report = BarrierReport.objects.create(
        page_reference=data["page_reference"],
        description=data["description"],
        contact_name=data.get("contact_name", ""),
        contact_email=data.get("contact_email", ""),
    )
    queue_report_mail(report.pk)
    return report


def recipient_address():
    """The statement's feedback contact: the portal's contact address, else
    the notification address."""
    portal = PortalSettings.for_default_site()
    if portal is None:
        return ""
    return portal.contact_email or portal.notification_email


def report_message(report, to):
    from django.urls import reverse

    admin_url = absolute(reverse("barrier_reports:edit", args=[report.pk]))
    reply_to = [report.contact_email] if report.contact_email else None
    return templated_message(
        "accessibility/emails/report",
        {"report": report, "admin_url": admin_url},
        [to],
        reply_to=reply_to,
    )


def send_report_mail(report_pk):
    """Mail the report once; True when this call sent it."""
    try:
        with transaction.atomic():
            report = (
                BarrierReport.objects.select_for_update(skip_locked=True)
                .filter(pk=report_pk, mail_sent_at=None)
                .first()
            )
            if report is None:
                return False
            address = recipient_address()
            if not address:
                logger.warning("Barrieremeldung %s: keine Kontaktadresse", report_pk)
                return False
            report_message(report, address).send()
            BarrierReport.objects.filter(pk=report_pk).update(
                mail_sent_at=timezone.now()
            )
    except MAIL_ERRORS:
        BarrierReport.objects.filter(pk=report_pk).update(
            mail_attempts=F("mail_attempts") + 1
        )
        raise
    return True


def pending_mails():
    return BarrierReport.objects.filter(
        mail_sent_at=None,
        mail_attempts__lt=settings.BARRIER_REPORT_MAIL_MAX_ATTEMPTS,
    )


def anonymise_old_reports(now=None):
    """Blank the contact data of reports answered more than the retention
    ago, or received that long ago and never answered; returns how many."""
    now = now or timezone.now()
    days = settings.BARRIER_REPORT_RETENTION_DAYS
    cutoff = now - datetime.timedelta(days=days)
    answered_before = timezone.localdate(now) - datetime.timedelta(days=days)
    due = Q(status=ReportStatus.ANSWERED, answered_on__lt=answered_before) | Q(
        created_at__lt=cutoff
    )
    has_contact = ~Q(contact_name="") | ~Q(contact_email="")
    return BarrierReport.objects.filter(due, has_contact).update(
        anonymised_at=now, **BLANKED
    )
