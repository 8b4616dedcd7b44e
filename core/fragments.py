"""A page's main content, rendered once per version of what it shows.

The page cache (`core.pagecache`) serves whole pages to visitors without a
session. A visitor with one (a member, anyone who sent a form) gets the header
rendered for them, but the main content of a practice, dossier, city or the home
page is the same for everyone allowed to see the page: it is kept in the shared
cache with the versions it was built from (`core.cache`), as whole pages are,
and what it needs from the database is read only when it is rendered anew
(`CachedBodyMixin.get_body_context`). A body holding a CSRF token is never kept,
nor one rendered for a preview.

Cards of pages in a list (a city's practices, a dossier's) are kept one by one,
per version of the page they show (`kept_cards`): a page rendered anew after
its own change renders only the cards whose pages changed.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.template import Context
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from core.cache import (
    GLOBAL,
    LISTINGS,
    collect,
    collected,
    depend_on,
    page_tags,
    read,
    read_many,
    still_current,
    tag_versions,
    write,
    write_many,
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


def _keeps_parts_of(request):
    return (
        request is not None
        and request.method in ("GET", "HEAD")
        and not getattr(request, "is_preview", False)
    )


def _keeps_parts(request):
    return settings.PAGE_CACHE_TIMEOUT and _keeps_parts_of(request)


def _key(request, page, part):
    query = urlencode(
        [
            (name, value)
            for name in page.body_query_parameters
            for value in request.GET.getlist(name)
        ]
    )
    return _hashed(part, f"{request.get_host()}{request.path}?{query}")


def _hashed(part, address):
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


def _card_key(request, page, variant):
    # The address is part of the key: moving a page or renaming an ancestor
    # changes its URL without a new version of its own path.
    return _hashed("card", f"{request.get_host()}|{variant}|{page.pk}|{page.url_path}")


def kept_cards(request, pages, render, variant, keep=True):
    """`render(page)` for each page, in order, kept per page until its path's
    version or the global one (snippets, tags, sites) changes.

    `variant` names the card template and its parameters. Pages must be live
    pages as the list read them: the kept card names the revision it showed,
    since the row was read before its version.
    """
    if not (keep and settings.CARD_CACHE_TIMEOUT and _keeps_parts_of(request)):
        full = _full_rows(pages)
        return [_render_whole(render, page, full) for page in pages]
    keys = [_card_key(request, page, variant) for page in pages]
    stored = read_many(keys)
    paths = [f"path:{page.path}" for page in pages]
    current = tag_versions(paths)
    cards, missing = [], []
    for page, key, path in zip(pages, keys, paths, strict=True):
        versions = {GLOBAL: current[GLOBAL], path: current[path]}
        found = stored.get(key)
        if found is not None and found[1:] == (versions, page.live_revision_id):
            cards.append(mark_safe(found[0]))  # noqa: S308 (rendered by a template)
        else:
            cards.append(None)
            missing.append((len(cards) - 1, key, page, versions))
        depend_on(versions)
    full = _full_rows([page for _, _, page, _ in missing])
    fresh = {}
    for index, key, page, versions in missing:
        cards[index] = html = _render_whole(render, page, full)
        if html and CSRF_FIELD not in html:
            fresh[key] = (str(html), versions, page.live_revision_id)
    write_many(fresh, settings.CARD_CACHE_TIMEOUT)
    return cards


# What a list of pages must read for `kept_cards` to find their kept cards.
CARD_KEY_FIELDS = ("path", "url_path", "live_revision_id")


def _full_rows(pages):
    """{pk: page} read whole for pages a list read with `CARD_KEY_FIELDS` only,
    through their model's `card_queryset()`; pages read whole need nothing."""
    light = [page for page in pages if page.get_deferred_fields()]
    rows = {}
    for model in {type(page) for page in light}:
        ids = [page.pk for page in light if type(page) is model]
        rows.update((row.pk, row) for row in model.card_queryset().filter(pk__in=ids))
    return rows


def _render_whole(render, page, full):
    if page.pk in full:
        return render(full[page.pk])
    # A page deleted since its list was read has no card.
    return "" if page.get_deferred_fields() else render(page)


def render_cards(request, pages, template_name, name, keep=True, **parameters):
    """The card `template_name` for each page, bound to `name`, each kept per
    version of its page (`kept_cards`) unless `keep` is false.

    A card sees only its page, `parameters` and the request: nothing of the
    page it is shown on, so one kept card serves every list. Pages that several
    lists of one page show (a dossier's chapters) are best passed at once: the
    cards not kept are then read in one go.
    """
    card = get_template(template_name).template
    variant = "|".join([template_name, *map(str, sorted(parameters.items()))])

    def render(page):
        return card.render(Context({name: page, "request": request, **parameters}))

    return kept_cards(request, pages, render, variant, keep=keep)
