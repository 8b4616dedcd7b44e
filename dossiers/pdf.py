"""The dossier as a print-ready PDF, rendered by WeasyPrint from a template."""

import mimetypes
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.models import Site

from core.links import absolute
from core.models import PortalSettings

from .models import GeneratedPdf

PDF_TEMPLATE = "dossiers/pdf/dossier.html"


def _fetcher_class():
    # WeasyPrint loads its native libraries on import; only the worker needs them.
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalMediaOnly(URLFetcher):
        """Images come from the portal's own storage; nothing from the network."""

        def fetch(self, url, headers=None):
            base = absolute(settings.MEDIA_URL)
            if not url.startswith(base):
                raise ValueError(f"Nur eigene Mediendateien: {url}")
            name = urlsplit(url).path.removeprefix(settings.MEDIA_URL)
            with default_storage.open(name) as file:
                body = file.read()
            content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, body, {"Content-Type": content_type})

    return LocalMediaOnly


def pdf_context(dossier):
    site = Site.objects.filter(is_default_site=True).first()
    return {
        "page": dossier,
        "chapters": dossier.chapter_list(),
        "publisher": PortalSettings.for_site(site).publisher if site else "",
        "portal_url": absolute(dossier.url or ""),
        "generated_at": timezone.localtime(),
    }


def render_pdf(dossier):
    """The PDF's bytes and its number of pages."""
    from weasyprint import HTML

    html = render_to_string(PDF_TEMPLATE, pdf_context(dossier))
    document = HTML(
        string=html,
        base_url=settings.PORTAL_BASE_URL,
        url_fetcher=_fetcher_class()(),
    ).render()
    # PDF/UA-1: tagged structure, language and title, for screen readers (BITV 2.0).
    return document.write_pdf(pdf_variant="pdf/ua-1"), len(document.pages)


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
