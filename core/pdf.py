"""HTML to PDF with WeasyPrint, for every app that prints pages (dossiers,
practice profiles). Only the portal's own media are fetched."""

import mimetypes
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.storage import default_storage

from core.links import absolute

__all__ = ["fetcher_class", "html_to_pdf"]


def fetcher_class():
    # WeasyPrint loads its native libraries on import: only import it when used.
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


def html_to_pdf(html, fetcher=None):
    """The PDF's bytes and its number of pages, as tagged PDF/UA-1 (language,
    title and structure for screen readers, BITV 2.0)."""
    from weasyprint import HTML

    document = HTML(
        string=html,
        base_url=settings.PORTAL_BASE_URL,
        url_fetcher=(fetcher or fetcher_class())(),
    ).render()
    return document.write_pdf(pdf_variant="pdf/ua-1"), len(document.pages)
