"""Versions for everything cached from published content, one per dependency.

Cached values and pages carry the versions of what they were built from, and a
change replaces only the versions of what it touches:

- `path:<tree path>` — a page and, since every page also depends on the paths of
  its ancestors (breadcrumbs, inherited privacy), everything below it; pages that
  show another page (a dossier's practices, related practices) depend on its path;
- `children:<tree path>` — the list of a page's children (a city's practices);
- `listings` — every list across pages: home, indexes, tag pages, feeds, facets,
  figures; `search` — the search index and cached results;
- `menu` — navigation and footer (the home page and its children);
- `tag:<slug>` — the tag page of one tag, renewed by a change of a page that
  carries the tag before or after it; `tag-pages` renews them all (moves and
  deletions, whose tags are not read);
- `facets` — the in-memory facet indexes over pages (see `core.pagechanges`);
- the global content version — snippets, images, documents, tags, settings and
  privacy, which many pages show; it is part of every key.

Versions live in the shared cache only, so every app server sees a change on its
next request, and nothing needs per-process state that could go stale. While the
shared cache is down everything degrades to a miss: pages are rendered, never
stored, and the version is a per-process one (see `_outage_version`). A change
made meanwhile bumps the global version once the cache is back, so nothing cached
before the outage outlives it.
"""

import contextlib
import contextvars
import functools
import hashlib
import logging
import time
import uuid
from types import SimpleNamespace

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    pre_page_move,
)

VERSION_KEY = "portal:content-version"
GLOBAL = "global"
LISTINGS = "listings"
MENU = "menu"
SEARCH = "search"
FACETS = "facets"
TAG_PAGES = "tag-pages"  # every tag page at once: moves and deletions
OUTAGE_VERSION_SECONDS = 60

logger = logging.getLogger(__name__)
_outage = SimpleNamespace(version="", until=0.0, missed_bump=False)

# Apps whose rows end up on public pages; the apps of the declared content
# types join them (see _watch_lists).
WATCHED_APPS = {
    "portal",
    "wagtailcore",
    "wagtaildocs",
    "wagtailimages",
    "taggit",
    "wagtailsearchpromotions",
}
# Written often without changing what visitors see. Content types add what
# visitors write (orders, submissions): nobody may empty the cache by ordering.
IGNORED_MODELS = {
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.revision",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.pagesubscription",
    "wagtailcore.commentssubscription",
    "wagtailcore.uploadedfile",
    "wagtailimages.rendition",
    "portal.portalrendition",
    "portal.pagechange",
}
# Rows that point at a page but change what many pages show: privacy reaches
# into cached paths and listings, sites and promotions into every search.
GLOBAL_MODELS = {
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailcore.site",
    "wagtailsearchpromotions.searchpromotion",
    "wagtailsearchpromotions.query",
}
# What saving a draft or locking writes to the page row: nothing public.
DRAFT_FIELDS = {
    "comments",
    "latest_revision_created_at",
    "draft_title",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def _shared_version():
    """The version in the shared cache; None while the cache is down."""
    version = cache.get(VERSION_KEY)
    if version is not None:
        return version
    version = uuid.uuid4().hex
    added = cache.add(VERSION_KEY, version, timeout=None)
    if added is None:  # django-redis with IGNORE_EXCEPTIONS: no answer
        return None
    # add() keeps the value another process set first.
    return version if added else cache.get(VERSION_KEY, version)


def _read_shared_version():
    try:
        return _shared_version()
    except Exception:  # whatever the backend raises while it is down
        return None


def _outage_version():
    # Per process and renewed every minute: caches in process memory (the facet
    # indexes) are not rebuilt on every request, and changes made on other app
    # servers show within a minute.
    now = time.monotonic()
    if now >= _outage.until:
        _outage.version = uuid.uuid4().hex
        _outage.until = now + OUTAGE_VERSION_SECONDS
    return _outage.version


def content_version():
    version = _read_shared_version()
    if version is not None and _outage.missed_bump:
        _outage.missed_bump = False
        _set_new_version()
        version = _read_shared_version()
    return version or _outage_version()


def _set_new_version():
    _forget_request_versions()
    version = uuid.uuid4().hex
    _outage.until = 0.0  # this process sees its own change at once
    try:
        cache.set(VERSION_KEY, version, timeout=None)
        # A down django-redis with IGNORE_EXCEPTIONS drops the write silently.
        stored = cache.get(VERSION_KEY) == version
    except Exception:  # whatever the backend raises while it is down
        stored = False
    if not stored:
        logger.warning("Shared cache unavailable: content version bumped later")
        _outage.missed_bump = True


def bump_content_version():
    """Invalidate everything now, and again once the change is committed.

    The second bump drops anything a concurrent request cached from the
    database state before the commit.
    """
    _set_new_version()
    transaction.on_commit(_set_new_version)


def _tag_key(tag):
    return f"portal:tag:{tag}"


def _new_tag_versions(tags):
    _forget_request_versions()
    values = {_tag_key(tag): uuid.uuid4().hex for tag in tags}
    _outage.until = 0.0
    try:
        cache.set_many(values, timeout=None)
        stored = cache.get_many(list(values)) == values
    except Exception:  # whatever the backend raises while it is down
        stored = False
    if not stored:
        logger.warning("Shared cache unavailable: content version bumped later")
        _outage.missed_bump = True


def bump(*tags):
    """Invalidate what depends on `tags`, now and once the change is committed."""
    tags = sorted(set(tags))
    if GLOBAL in tags:
        bump_content_version()
        return
    _new_tag_versions(tags)
    transaction.on_commit(lambda: _new_tag_versions(tags))


def renew(*tags):
    """New versions for `tags` once, now: for what is written after a commit."""
    _new_tag_versions(sorted(set(tags)))


def _read_tag_versions(tags):
    """{tag: version} as stored; None while the shared cache is down."""
    try:
        found = cache.get_many([_tag_key(tag) for tag in tags])
    except Exception:  # whatever the backend raises while it is down
        return None
    return {tag: found.get(_tag_key(tag)) for tag in tags}


# Versions as a request first read them (see `request_versions`), and values
# read with `cached` (under 1-tuples of their keys): a page asks for them a dozen
# times, each a round trip to the shared cache.
_request_versions = contextvars.ContextVar("portal_request_versions", default=None)


@contextlib.contextmanager
def request_versions():
    """Read each version and cached value once while the block runs (one
    request); a change made meanwhile (`bump`, `renew`) makes the next read
    fresh again."""
    token = _request_versions.set({})
    try:
        yield
    finally:
        _request_versions.reset(token)


def _forget_request_versions():
    memo = _request_versions.get()
    if memo is not None:
        memo.clear()


def tag_versions(tags):
    """The current version of each tag (the global one included), set if missing."""
    memo = _request_versions.get()
    if memo is None:
        return _read_versions(tags)
    wanted = [GLOBAL, *(tag for tag in dict.fromkeys(tags) if tag != GLOBAL)]
    missing = [tag for tag in wanted if tag not in memo]
    if missing:
        memo.update(_read_versions(missing, memo.get(GLOBAL)))
    return {tag: memo[tag] for tag in wanted}


def _read_versions(tags, global_version=None):
    versions = {GLOBAL: global_version or content_version()}
    tags = [tag for tag in dict.fromkeys(tags) if tag != GLOBAL]
    found = _read_tag_versions(tags) if tags else {}
    if found is None or versions[GLOBAL] == _outage.version:
        # Down: the per-process outage version stands for every tag.
        return versions | dict.fromkeys(tags, versions[GLOBAL])
    for tag, version in found.items():
        if version is None:
            version = uuid.uuid4().hex
            if not cache.add(_tag_key(tag), version, timeout=None):
                version = cache.get(_tag_key(tag)) or version
        versions[tag] = version
    return versions


def still_current(versions):
    """Whether none of the recorded `versions` has changed since.

    One round trip for the global version and the tags together: this runs on
    every page-cache hit.
    """
    if _outage.missed_bump:
        return False  # content_version() bumps on the next rendering
    tags = [tag for tag in versions if tag != GLOBAL]
    try:
        found = cache.get_many([VERSION_KEY, *map(_tag_key, tags)])
    except Exception:  # whatever the backend raises while it is down
        return False
    if found.get(VERSION_KEY) != versions.get(GLOBAL):
        return False
    return all(found.get(_tag_key(tag)) == versions[tag] for tag in tags)


# What the value or page being built so far depends on, with the versions read
# before its data was read: a change committed meanwhile makes it stale at once.
_collected = contextvars.ContextVar("portal_cache_dependencies", default=None)


def collect(tags=()):
    """Start recording dependencies; returns the token for `collected`."""
    return _collected.set(tag_versions(tags))


def collected(token):
    versions = _collected.get()
    _collected.reset(token)
    return versions


def depend(*tags):
    """Record that what is being built shows content behind `tags`."""
    versions = _collected.get()
    if versions is None:
        return
    missing = [tag for tag in tags if tag not in versions]
    if missing:
        versions.update(tag_versions(missing))


def depend_on(versions):
    """Record dependencies at the versions they were read at (a kept part's);
    a version recorded before stays, so that a change in between makes stale."""
    collecting = _collected.get()
    if collecting is not None:
        for tag, version in versions.items():
            collecting.setdefault(tag, version)


def forget(tag):
    """A page that does not show `tag` (a detail page and the listings)."""
    versions = _collected.get()
    if versions is not None:
        versions.pop(tag, None)


def page_tags(page):
    """What a page depends on: its own path and each ancestor's."""
    step = page.steplen
    paths = [page.path[:end] for end in range(step, len(page.path) + 1, step)]
    return [f"path:{path}" for path in paths] + [f"children:{page.path}"]


def depend_on_pages(pages):
    """Record that the page being built shows these pages (titles, teasers)."""
    depend(*(f"path:{page.path}" for page in pages))


def changed_page_tags(path, depth):
    tags = [f"path:{path}", f"children:{path[: -Page.steplen]}", LISTINGS, SEARCH]
    if depth <= 3:  # the home page and its children make the navigation
        tags.append(MENU)
    return tags


def bump_page(page):
    bump(*changed_page_tags(page.path, page.depth))
    _record_change(page.pk)


def _record_change(page_id):
    from core import pagechanges

    pagechanges.record(page_id)


def read(key):
    """`cache.get`, with a failing cache read as a miss."""
    try:
        return cache.get(key)
    except Exception:  # whatever the backend raises while it is down
        logger.warning("Shared cache unavailable: read as a miss")
        return None


def write(key, value, timeout):
    """`cache.set`; a failing cache only loses the value."""
    try:
        cache.set(key, value, timeout)
    except Exception:  # whatever the backend raises while it is down
        logger.warning("Shared cache unavailable: value not stored")


def read_many(keys):
    """`cache.get_many`, with a failing cache read as misses."""
    try:
        return cache.get_many(keys)
    except Exception:  # whatever the backend raises while it is down
        logger.warning("Shared cache unavailable: read as a miss")
        return {}


def write_many(values, timeout):
    """`cache.set_many`; a failing cache only loses the values."""
    if not values:
        return
    try:
        cache.set_many(values, timeout)
    except Exception:  # whatever the backend raises while it is down
        logger.warning("Shared cache unavailable: values not stored")


def cached(key, build, timeout):
    """The value under `key`, built and stored on a miss; read once per request
    (the keys carry the versions, so a request's later reads could only repeat it),
    so callers in one request share it and must not change it."""
    memo = _request_versions.get()
    if memo is not None and (key,) in memo:
        return memo[(key,)]
    value = read(key)
    if value is None:
        value = build()
        write(key, value, timeout)
    if memo is not None:
        memo[(key,)] = value
    return value


_held = {}


def held(name, build, tags=(LISTINGS,), hold_while_down=True):
    """`build()` once per process and versions of `tags` (the global version
    always), read before it builds.

    Records no dependency of the page being built: for what only decides
    whether or how a page asks the database (which practices any dossier
    embeds, the request's site), so that a detail page stays cached through
    publishes. While the shared cache is down a value is held for the outage
    version's minute; `hold_while_down=False` builds it anew each time instead,
    for what must not lag behind another app server's change (privacy).
    """
    versions = tag_versions(tags)
    if not hold_while_down and versions[GLOBAL] == _outage.version:
        return build()
    versions = tuple(sorted(versions.items()))
    found = _held.get(name)
    if found is None or found[0] != versions:
        found = _held[name] = (versions, build())
    return found[1]


def versioned_key(*parts, depends=()):
    """A key that changes with the global version and the versions of `depends`.

    A page built meanwhile depends on them too.
    """
    versions = tag_versions(depends)
    depend(*depends)
    if depends:
        digest = hashlib.sha256(
            "|".join(versions[tag] for tag in sorted(depends)).encode()
        ).hexdigest()[:16]
        parts = (digest, *parts)
    return ":".join(["portal", versions[GLOBAL], *map(str, parts)])


@functools.cache
def _watch_lists():
    from core.contract import content_types

    kinds = content_types()
    watched = WATCHED_APPS | {kind.model._meta.app_label for kind in kinds}
    ignored = IGNORED_MODELS | {
        label for kind in kinds for label in kind.visitor_written
    }
    return watched, ignored


def _is_watched(model):
    meta = model._meta
    watched, ignored = _watch_lists()
    return meta.app_label in watched and meta.label_lower not in ignored


@functools.cache
def _page_links(model):
    """(saved with its page, names of plain keys to pages) of a model."""
    parental, keys = False, []
    for field in model._meta.concrete_fields:
        linked = field.many_to_one or field.one_to_one
        target = field.related_model if linked else None
        if target is None or not issubclass(target, Page):
            continue
        if isinstance(field, ParentalKey):
            parental = True
        else:
            keys.append(field.attname)
    return parental, tuple(keys)


def _row_changed(model, instance):
    if model._meta.label_lower in GLOBAL_MODELS:
        bump_content_version()
        return
    parental, keys = _page_links(model)
    if parental:
        return  # written when its page is saved, which invalidates the page
    if not getattr(model, "invalidates_linked_pages", False):
        bump_content_version()  # a snippet, image, document, tag or setting
        return
    # A row only its pages show (a dossier's PDF or stock, a dossier's links to
    # practices), as its model declares.
    bump_pages_by_id({getattr(instance, key) for key in keys} - {None})


def bump_pages_by_id(ids):
    """Invalidate these pages as their publication would (rows saved apart)."""
    tags = set()
    for path, depth in Page.objects.filter(pk__in=ids).values_list("path", "depth"):
        tags.update(changed_page_tags(path, depth))
    if tags:
        bump(*tags)


@functools.cache
def _tag_fields(model):
    """Names of a page model's relations to the tag vocabulary (approaches,
    topics): taggit managers and many-to-many fields alike."""
    from django.apps import apps

    tag = apps.get_model("portal", "Tag")
    return tuple(
        field.name
        for field in model._meta.get_fields()
        if field.many_to_many and not field.auto_created and field.related_model is tag
    )


def _slugs(page, names):
    return {tag.slug for name in names for tag in getattr(page, name).all()}


def tag_page_tags(page, stored=True, shown=True):
    """`tag:<slug>` of the tags the page carries as stored in the database
    (the tags it leaves) and as it is in memory (those it gets)."""
    names = _tag_fields(type(page))
    if not names:
        return set()
    slugs = _slugs(page, names) if shown else set()
    if stored:
        saved = type(page)._default_manager.filter(pk=page.pk).first()
        slugs |= _slugs(saved, names) if saved is not None else set()
    return {f"tag:{slug}" for slug in slugs}


def _changed(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not _is_watched(sender):
        return
    if isinstance(instance, Page):
        if update_fields is None or not set(update_fields) <= DRAFT_FIELDS:
            bump_page(instance)
            # Child rows (the new tags) are written after post_save.
            bump(*tag_page_tags(instance, stored=not kwargs.get("created")))
        return
    _row_changed(sender, instance)


def _deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and _is_watched(sender):
        bump(TAG_PAGES)  # its tag rows may be gone already
    _changed(sender, instance, **kwargs)


def _page_changed(sender, instance, **kwargs):
    bump_page(instance)


def _page_unpublished(sender, instance, **kwargs):
    bump_page(instance)
    bump(*tag_page_tags(instance.specific, shown=False))


def _page_published(sender, instance, **kwargs):
    # After the page's tags and other child rows, which post_save precedes.
    _record_change(instance.pk)


def _page_moved(sender, instance, parent_page_before=None, **kwargs):
    bump_page(instance)
    bump(TAG_PAGES)  # they link to the moved pages
    if _moves_restrictions(instance):
        # The cached restricted paths (core.visibility) still name the old
        # ones: listings and the search index would show the pages as public.
        bump(GLOBAL)
    _record_change(None)  # a whole subtree may have moved
    if parent_page_before is not None:
        bump(f"children:{parent_page_before.path}")


def _moves_restrictions(page):
    """Whether the moved page (Wagtail sends it fresh, at its new path) is or
    holds a restricted page."""
    from wagtail.models import PageViewRestriction

    return PageViewRestriction.objects.filter(page__path__startswith=page.path).exists()


def connect():
    post_save.connect(_changed, dispatch_uid="portal-cache-saved")
    post_delete.connect(_deleted, dispatch_uid="portal-cache-deleted")
    # Both also update rows in bulk, past post_save; a move changes the paths,
    # so the page is invalidated at its old place and at its new one.
    pre_page_move.connect(_page_changed, dispatch_uid="portal-cache-moving")
    post_page_move.connect(_page_moved, dispatch_uid="portal-cache-moved")
    page_unpublished.connect(_page_unpublished, dispatch_uid="portal-cache-unpublished")
    page_published.connect(_page_published, dispatch_uid="portal-cache-published")
