"""A page's main content, rendered once per version of what it shows.

The page cache (`core.pagecache`) serves whole pages to visitors without a
session. A visitor with one (a member, anyone who sent a form) gets the header
rendered for them, but the main content of a practice, dossier, city or the home
page is the same for everyone allowed to see the page: it is kept in the shared
cache with the versions it was built from (`core.cache`), as whole pages are,
and what it needs from the database is read only when it is rendered anew
(`CachedBodyMixin.get_body_context`). A body holding a CSRF token is never kept,
nor one rendered for a preview.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.utils.safestring import mark_safe

from core.cache import (
    GLOBAL,
    LISTINGS,
    collect,
    collected,
    depend_on,
    page_tags,
    read,
    still_current,
    write,
)

# What a rendered form with a CSRF token holds.
CSRF_FIELD = 'name="csrfmiddlewaretoken"'


class CachedBodyMixin:
    """Pages whose template's content block is `{% page_body %}`: the template
    beside it named `…_body.html` renders the body, with `get_body_context`
    added to the page's context."""

    # The query parameters the body reads; others (campaign tags, stray ones)
    # share the kept parts of the bare address.
    body_query_parameters = ()

    def get_body_template(self, request):
        return self.get_template(request).removesuffix(".html") + "_body.html"

    def get_body_context(self, request):
        return {}


def _keeps_parts(request):
    return (
        settings.PAGE_CACHE_TIMEOUT
        and request.method in ("GET", "HEAD")
        and not getattr(request, "is_preview", False)
    )


def _key(request, page, part):
    query = urlencode(
        [
            (name, value)
            for name in page.body_query_parameters
            for value in request.GET.getlist(name)
        ]
    )
    address = f"{request.get_host()}{request.path}?{query}"
    return f"portal:{part}:" + hashlib.sha256(address.encode()).hexdigest()


def kept(context, part, render):
    """`render()` for the page of `context`, kept under `part` until a version
    of what it showed changes."""
    page, request = context["page"], context["request"]
    if not _keeps_parts(request):
        return render()
    key = _key(request, page, part)
    # The page was read before its version: a publish in between would keep the
    # old revision under the new version, so the revision must match too.
    revision = page.live_revision_id
    stored = read(key)
    if stored is not None and stored[2] == revision and still_current(stored[1]):
        # A whole page stored around it depends on what the part showed.
        depend_on(stored[1])
        return mark_safe(stored[0])  # noqa: S308 (rendered by a template)
    shows_listings = getattr(page, "shows_listings", True)
    token = collect((GLOBAL, *page_tags(page), *([LISTINGS] if shows_listings else [])))
    try:
        html = render()
    finally:
        versions = collected(token)
    depend_on(versions)
    if CSRF_FIELD not in html:
        write(key, (str(html), versions, revision), settings.PAGE_CACHE_TIMEOUT)
    return html


def page_body(context):
    page, request = context["page"], context["request"]

    def render():
        template = context.template.engine.get_template(page.get_body_template(request))
        with context.push(page.get_body_context(request)):
            return template.render(context)

    return kept(context, "body", render)
