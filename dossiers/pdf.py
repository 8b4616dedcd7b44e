"""The dossier as a print-ready PDF, rendered by WeasyPrint from a template."""

import time

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils import timezone

from core.links import absolute
from core.models import PortalSettings
from core.pdf import fetcher_class as _fetcher_class
from core.pdf import html_to_pdf

from .models import GeneratedPdf

PDF_TEMPLATE = "dossiers/pdf/dossier.html"


def pdf_context(dossier):
    portal = PortalSettings.for_default_site()
    return {
        "page": dossier,
        "chapters": dossier.print_chapters(),
        "publisher": portal.publisher if portal else "",
        "portal_url": absolute(dossier.url or ""),
        "generated_at": timezone.localtime(),
    }


def render_pdf(dossier):
    """The PDF's bytes and its number of pages."""
    html = render_to_string(PDF_TEMPLATE, pdf_context(dossier))
    return html_to_pdf(html, _fetcher_class())


def store_generated_pdf(dossier):
    started = time.perf_counter()
    # Taken before rendering: content changed meanwhile leaves the PDF stale.
    fingerprint = dossier.embedded_fingerprint()
    content, page_count = render_pdf(dossier)
    record, _ = GeneratedPdf.objects.get_or_create(
        dossier=dossier,
        defaults={
            "file_size": 0,
            "page_count": 0,
            "render_seconds": 0,
            "generated_at": timezone.now(),
        },
    )
    old_name = record.file.name
    filename = f"themendossier-{dossier.issue_number}-{dossier.slug}.pdf"
    record.file.save(filename, ContentFile(content), save=False)
    record.file_size = len(content)
    record.page_count = page_count
    record.revision_id = dossier.live_revision_id
    record.fingerprint = fingerprint
    record.generated_at = timezone.now()
    record.render_seconds = round(time.perf_counter() - started, 3)
    record.save()
    if old_name and old_name != record.file.name:
        record.file.storage.delete(old_name)
    return record
