"""Which pages and documents anonymous visitors may see, without a query each time.

Wagtail's `PageQuerySet.public()` loads every view restriction on each call, and a
page often calls it five times. The restricted paths change only with the
restrictions themselves, which bump the content version.
"""

import copy

from django.db.models import Q
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from core.cache import LISTINGS, cached, held, versioned_key

TIMEOUT = 60 * 60


def _cached_paths(name, load):
    return cached(versioned_key(name), lambda: sorted(set(load())), TIMEOUT)


def restricted_page_paths():
    return _cached_paths(
        "restricted-pages",
        lambda: PageViewRestriction.objects.values_list("page__path", flat=True),
    )


def is_restricted(page):
    """True for a page with a view restriction or below one."""
    return page.path.startswith(tuple(restricted_page_paths()))


def _paths_wagtail_decides():
    """Restricted pages and aliases: below them only Wagtail can tell (an alias
    takes its source's restrictions, not those of its own ancestors).

    Held per process: every change of a restriction bumps the global version,
    every page saved or moved bumps the listings, and a new alias is a page saved.
    """

    def build():
        aliases = Page.objects.filter(alias_of__isnull=False).values_list(
            "path", flat=True
        )
        return tuple(sorted({*aliases, *restricted_page_paths()}))

    return held(
        "view-restriction-paths", build, tags=(LISTINGS,), hold_while_down=False
    )


class CachedViewRestrictionsMixin:
    """Page mixin: Wagtail checks a page's view restrictions on every request
    (the ancestors, for aliases, then the restrictions: two queries). A page
    outside every restricted subtree and alias answers without asking."""

    def get_view_restrictions(self):
        if self.alias_of_id is None and not self.path.startswith(
            _paths_wagtail_decides()
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def page_is_findable(page):
    """Live and behind no view restriction of its own or of an ancestor.

    Reads the restricted paths cached by content version: asking Wagtail costs
    three queries per page, which dominated rebuilding the index.
    """
    return page.live and not is_restricted(page)


def restricted_collection_paths():
    return _cached_paths(
        "restricted-collections",
        lambda: CollectionViewRestriction.objects.values_list(
            "collection__path", flat=True
        ),
    )


def in_restricted_collection(collection):
    """True for a collection with a view restriction or below one."""
    return collection.path.startswith(tuple(restricted_collection_paths()))


def _starting_with(field, paths):
    restricted = Q()
    for path in paths:  # a restriction covers everything below too
        restricted |= Q(**{f"{field}__startswith": path})
    return restricted


def restricted_collections_q():
    """Documents (or images) in a restricted collection or below one."""
    return _starting_with("collection__path", restricted_collection_paths())


def public_pages_q():
    """`PageQuerySet.public()` as a filter, from cached restrictions."""
    return ~_starting_with("path", restricted_page_paths())


def live_single(model, public=True):
    """The live page of a type the site has once (an index page), or None.

    Ordered by id: Wagtail's default order by tree path makes the database walk
    the whole page tree to find the one page of that type. Held per process and
    the global and `listings` versions, as the restricted paths above (the home
    page asked for six of them); each caller gets a copy of its own.
    """

    def build():
        pages = model.objects.live()
        if public:
            pages = pages.filter(public_pages_q())
        return pages.order_by("pk").first()

    page = held(
        f"live-single:{model._meta.label_lower}:{public}",
        build,
        tags=(LISTINGS,),
        hold_while_down=not public,
    )
    return copy.copy(page)
