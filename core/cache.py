"""One content version for everything cached from published content.

Any change that can alter a public page (publishing, moving, privacy, snippets,
documents, images, stock, the search index) bumps the version. Cached pages and
the cached site chrome are keyed by it, so a change is visible at once on every
app server that shares the cache, and nothing needs to know which pages a change
touched.

While the shared cache is down, everything here degrades to a miss: pages are
rendered, never stored, and the version is a per-process one (see
`_outage_version`). A change made meanwhile bumps the version once the cache is
back, so nothing cached before the outage outlives it.
"""

import functools
import logging
import time
import uuid
from types import SimpleNamespace

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_unpublished, post_page_move

VERSION_KEY = "portal:content-version"
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
    """Invalidate now, and again once the change is committed.

    The second bump drops anything a concurrent request cached from the
    database state before the commit.
    """
    _set_new_version()
    transaction.on_commit(_set_new_version)


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


def cached(key, build, timeout):
    """The value under `key`, built and stored on a miss."""
    value = read(key)
    if value is None:
        value = build()
        write(key, value, timeout)
    return value


def versioned_key(*parts):
    return ":".join(["portal", content_version(), *map(str, parts)])


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


def _changed(sender, raw=False, **kwargs):
    if not raw and _is_watched(sender):
        bump_content_version()


def _page_changed(sender, **kwargs):
    bump_content_version()


def connect():
    post_save.connect(_changed, dispatch_uid="portal-cache-saved")
    post_delete.connect(_changed, dispatch_uid="portal-cache-deleted")
    # Both also update rows in bulk, past post_save.
    post_page_move.connect(_page_changed, dispatch_uid="portal-cache-moved")
    page_unpublished.connect(_page_changed, dispatch_uid="portal-cache-unpublished")
