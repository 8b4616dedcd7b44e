"""One content version for everything cached from published content.

Any change that can alter a public page (publishing, moving, privacy, snippets,
documents, images, stock, the search index) bumps the version. Cached pages and
the cached site chrome are keyed by it, so a change is visible at once on every
app server that shares the cache, and nothing needs to know which pages a change
touched.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_unpublished, post_page_move

VERSION_KEY = "portal:content-version"

# Apps whose rows end up on public pages.
WATCHED_APPS = {
    "portal",
    "practices",
    "dossiers",
    "wagtailcore",
    "wagtaildocs",
    "wagtailimages",
    "taggit",
    "wagtailsearchpromotions",
}
# Written often without changing what visitors see; orders come from visitors,
# so they must not be able to empty the cache by ordering.
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
    "dossiers.printorder",
    "dossiers.printorderitem",
    "portal.formsubmission",
}


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        # add() keeps the value another process set first.
        if not cache.add(VERSION_KEY, version, timeout=None):
            version = cache.get(VERSION_KEY, version)
    return version


def _set_new_version():
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def bump_content_version():
    """Invalidate now, and again once the change is committed.

    The second bump drops anything a concurrent request cached from the
    database state before the commit.
    """
    _set_new_version()
    transaction.on_commit(_set_new_version)


def versioned_key(*parts):
    return ":".join(["portal", content_version(), *map(str, parts)])


def _is_watched(model):
    meta = model._meta
    return meta.app_label in WATCHED_APPS and meta.label_lower not in IGNORED_MODELS


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
