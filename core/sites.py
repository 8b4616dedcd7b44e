"""The Wagtail site of a request, held per process and global content version.

Wagtail finds it anew for every request: a query over the sites ordered by a
CASE of host and port, joined to the root page, and then one more for the
root page's own type. Sites change seldom and every save of one bumps the
global version (`core.cache.GLOBAL_MODELS`), so the site is held per host and
version; each request gets its own copy with its root page read fresh, in
one query of its own type, so a published home page shows at once.
"""

import contextlib
import copy

from django.db import DatabaseError
from django.http.request import split_domain_port
from wagtail.models import Site

from core.cache import held


def _held_site(request):
    """(site without its root page, the root page's type), or (None, None)."""
    host = split_domain_port(request.get_host())[0]
    return held(f"site:{host}:{request.get_port()}", lambda: _lookup(request), tags=())


def _lookup(request):
    site = Site._find_for_request(request)
    if site is None:
        return None, None
    root_type = site.root_page.specific_class
    Site.root_page.field.delete_cached_value(site)
    return site, root_type


def site_for_request(request):
    site, root_type = _held_site(request)
    if site is None or root_type is None:
        return Site._find_for_request(request)
    root = root_type.objects.filter(pk=site.root_page_id).first()
    if root is None:
        return Site._find_for_request(request)
    site = copy.copy(site)  # the request's own: nothing it caches on it is shared
    site.root_page = root
    return site


class HeldSiteMiddleware:
    """Gives Wagtail the request's site (`request._wagtail_site`, which
    `Site.find_for_request` reads first) without asking for it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # With the database down Wagtail asks again where it needs a site, and
        # /healthz still answers, naming the cause.
        with contextlib.suppress(DatabaseError):
            request._wagtail_site = site_for_request(request)
        return self.get_response(request)
