"""The mail to the network about a new form submission, sent by the worker.

Queued tasks carry this module's path (see "Upgrading" in docs/deployment.md).
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django_tasks import task
from wagtail.contrib.forms.models import FormSubmission

from core.models import PortalSettings

logger = logging.getLogger(__name__)


def _display(value):
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)


def _reply_to(fields, data):
    """The sender's address, if the form asked for one."""
    emails = [data.get(f.clean_name) for f in fields if f.field_type == "email"]
    return [email for email in emails if email][:1]


def _notification(page, submission, address):
    fields = list(page.get_form_fields())
    data = submission.form_data
    context = {
        "page": page,
        "submission": submission,
        "answers": [(f.label, _display(data.get(f.clean_name))) for f in fields],
        "admin_url": settings.WAGTAILADMIN_BASE_URL
        + reverse("wagtailforms:list_submissions", args=[page.pk]),
    }
    return EmailMessage(
        subject=page.subject or f"Neue Eingabe: {page.title}",
        body=render_to_string("formpages/emails/form_notification.txt", context),
        to=[address],
        reply_to=_reply_to(fields, data),
    )


@task()
def send_form_notification(submission_id):
    submission = FormSubmission.objects.filter(pk=submission_id).first()
    if submission is None:
        return
    page = submission.page.specific
    address = PortalSettings.for_site(page.get_site()).notification_email
    if not address:
        logger.warning("Keine Benachrichtigungsadresse für Formular %s", page.pk)
        return
    _notification(page, submission, address).send()
