"""Background work of the portal app (immediate in dev and tests, a worker in
production): text extraction from uploaded PDFs and form notifications."""

import logging
import re

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django_tasks import task
from pypdf import PdfReader
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model

logger = logging.getLogger(__name__)

MAX_EXTRACTED_CHARACTERS = 1_000_000
# Hyphenation splits words as "Schü‐\nlerinnen"; U+2010 is always such a break.
# A plain "-" may end a real compound ("Kinder- und Jugendhilfe"), so it is only
# joined before a lower-case letter that does not start a conjunction.
SOFT_BREAK = re.compile(r"(?<=\w)\u2010\n(?=\w)")
HYPHEN_BREAK = re.compile(r"(?<=\w)-\n(?=[a-zäöüß])(?!(?:und|oder|bis|bzw|sowie)\b)")
EXTRACTION_FIELDS = ["extracted_text", "page_count", "text_extraction_failed"]


def join_hyphenated(text):
    return HYPHEN_BREAK.sub("", SOFT_BREAK.sub("", text))


def pdf_text(file):
    """The text of a PDF and its page count; raises on files pypdf cannot read."""
    reader = PdfReader(file)
    if reader.is_encrypted:
        reader.decrypt("")
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return join_hyphenated(text)[:MAX_EXTRACTED_CHARACTERS], len(reader.pages)


@task()
def extract_document_text(document_id):
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None or document.file_extension.lower() != "pdf":
        return
    try:
        with document.open_file() as file:
            text, page_count = pdf_text(file)
    except Exception:  # pypdf raises many kinds of error on broken files
        logger.warning("PDF-Text von Dokument %s nicht lesbar", document_id)
        document.extracted_text, document.text_extraction_failed = "", True
    else:
        document.extracted_text, document.page_count = text, page_count
        document.text_extraction_failed = False
    document.save(update_fields=EXTRACTION_FIELDS)


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
        body=render_to_string("portal/emails/form_notification.txt", context),
        to=[address],
        reply_to=_reply_to(fields, data),
    )


@task()
def send_form_notification(submission_id):
    from core.models import PortalSettings

    submission = FormSubmission.objects.filter(pk=submission_id).first()
    if submission is None:
        return
    page = submission.page.specific
    address = PortalSettings.for_site(page.get_site()).notification_email
    if not address:
        logger.warning("Keine Benachrichtigungsadresse für Formular %s", page.pk)
        return
    _notification(page, submission, address).send()
