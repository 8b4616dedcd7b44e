"""The site's public address, from one setting: `PORTAL_BASE_URL`.

Absolute links never come from the request's Host header: behind a proxy, in a
task or in a mail there is none to trust, and every copy of a link (feed,
citation, export) must name the same address.
"""

from urllib.parse import urlsplit

from django.conf import settings

__all__ = ["absolute", "site_address", "sync_default_site"]


def absolute(url):
    """`url` (a path, or already absolute) as an absolute URL."""
    if not url or urlsplit(url).scheme:
        return url
    return settings.PORTAL_BASE_URL + url


def site_address():
    """(hostname, port) of PORTAL_BASE_URL, as Wagtail's `Site` stores them."""
    parts = urlsplit(settings.PORTAL_BASE_URL)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname, port


def sync_default_site(using="default", **kwargs):
    """Give the default site the public host and port (after every migrate), so
    page URLs Wagtail builds (`full_url`, sitemap, API) match the setting."""
    from wagtail.models import Site

    hostname, port = site_address()
    Site.objects.using(using).filter(is_default_site=True).exclude(
        hostname=hostname, port=port
    ).update(hostname=hostname, port=port)
