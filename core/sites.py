"""The Wagtail site of a request, held per process and global content version.

Wagtail finds it anew for every request: a query over the sites ordered by a
CASE of host and port, joined to the root page, and then one more for the
root page's own type. Sites change seldom and every save of one bumps the
global version (`core.cache.GLOBAL_MODELS`), so the site is held per host and
version. Its root page (of its own type) is held too, until it or its list of
children changes (`path:` and `children:` versions, which its publication and
its new children bump), so a published home page shows at once. Each request
gets its own copies of both.
"""

import contextlib
import copy

from django.db import DatabaseError
from django.http.request import split_domain_port
from wagtail.models import Site

from core.cache import held


def _held_site(request):
    """(site without its root page, the root page's type and path), or Nones."""
    host = split_domain_port(request.get_host())[0]
    return held(f"site:{host}:{request.get_port()}", lambda: _lookup(request), tags=())


def _lookup(request):
    site = Site._find_for_request(request)
    if site is None:
        return None, None, None
    root_type = site.root_page.specific_class
    root_path = site.root_page.path
    Site.root_page.field.delete_cached_value(site)
    return site, root_type, root_path


def _held_root(site, root_type, root_path):
    return held(
        f"root:{site.root_page_id}",
        lambda: root_type.objects.filter(pk=site.root_page_id).first(),
        tags=(f"path:{root_path}", f"children:{root_path}"),
    )


def site_for_request(request):
    site, root_type, root_path = _held_site(request)
    if site is None or root_type is None:
        return Site._find_for_request(request)
    root = _held_root(site, root_type, root_path)
    if root is None:
        return Site._find_for_request(request)
    # The request's own: nothing it caches on either is shared.
    site = copy.copy(site)
    site.root_page = copy.copy(root)
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
