"""RSS 2.0 and Atom feeds of new content, overall, per tag and per city.

Each content type declares a `ContentFeed` subclass as its `feed`;
`feed_urlpatterns()` gives every declared feed the same six addresses, and
`feed_links()` the `<link rel="alternate">` entries pages put in their head.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from core.links import absolute
from core.visibility import public_pages_q

__all__ = [
    "ContentFeed",
    "FeedLink",
    "feed_links",
    "feed_urlpatterns",
]

FEED_ITEMS = 30
FORMATS = {
    "rss": (Rss201rev2Feed, "application/rss+xml", "RSS"),
    "atom": (Atom1Feed, "application/atom+xml", "Atom"),
}


@dataclass(frozen=True)
class FeedScope:
    tag: object = None
    city: object = None


@dataclass(frozen=True)
class FeedLink:
    title: str
    url: str
    mime_type: str


class ContentFeed(Feed):
    """One feed; a new instance answers each request (see feed_urlpatterns)."""

    key = ""  # URL part, e.g. "praxisprofile"
    label = ""  # German plural, e.g. "Praxisprofile"
    city_label = _lazy("%(label)s aus %(city)s")
    order = 100
    language = "de"

    def __init__(self, feed_format="rss"):
        super().__init__()
        self.feed_format = feed_format
        self.feed_type = FORMATS[feed_format][0]

    # What a subclass provides.
    model = None  # a page model
    select_related = ()
    prefetch_related = ("tagged_items__tag",)

    def get_queryset(self):
        return (
            self.model.objects.live()
            .filter(public_pages_q())
            .select_related(*self.select_related)
            .prefetch_related(*self.prefetch_related)
        )

    def for_tag(self, queryset, tag):
        raise NotImplementedError

    def for_city(self, queryset, city):
        raise NotImplementedError

    def index_url(self):
        return "/"

    @classmethod
    def describe(cls, scope):
        if scope.tag:
            return _("%(label)s zum Schlagwort „%(tag)s“") % {
                "label": cls.label,
                "tag": scope.tag.name,
            }
        if scope.city:
            return cls.city_label % {"label": cls.label, "city": scope.city.name}
        return str(cls.label)

    # The feed.
    def get_object(self, request, tag=None, city=None):
        from core.models import City, Tag

        self.request = request
        return FeedScope(
            tag=get_object_or_404(Tag, slug=tag) if tag else None,
            city=get_object_or_404(City, slug=city) if city else None,
        )

    def items(self, scope):
        queryset = self.get_queryset()
        if scope.tag:
            queryset = self.for_tag(queryset, scope.tag)
        if scope.city:
            queryset = self.for_city(queryset, scope.city)
        return queryset.order_by("-first_published_at", "-pk")[:FEED_ITEMS]

    def title(self, scope):
        return f"{_('Praxisportal Großstadtnetzwerk')}: {self.describe(scope)}"

    def description(self, scope):
        return _("Neu veröffentlicht im Praxisportal Großstadtnetzwerk: %(what)s") % {
            "what": self.describe(scope)
        }

    subtitle = description

    def link(self, scope):
        if scope.city and hasattr(scope.city, "page"):
            return absolute(scope.city.page.url or self.index_url())
        if scope.tag:
            return absolute(reverse("tag", args=[scope.tag.slug]))
        return absolute(self.index_url())

    def author_name(self):
        from core.models import PortalSettings

        return PortalSettings.for_request(self.request).publisher or None

    def feed_copyright(self):
        return _("Inhalte: Mitgliedskommunen des Großstadtnetzwerks")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Readers treat the description as HTML: plain text must arrive escaped.
        return escape(getattr(item, "teaser", "") or "")

    def item_link(self, item):
        return absolute(item.url)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [tag.name for tag in item.topics]

    def feed_url(self, scope):
        return absolute(self.request.path)

    def absolute(self, url):
        return absolute(url)


def registered_feeds():
    from core.contract import declaring

    return sorted((kind.feed for kind in declaring("feed")), key=lambda f: f.order)


def _view(feed_class, feed_format):
    def view(request, **kwargs):
        return feed_class(feed_format)(request, **kwargs)

    return view


def feed_urlpatterns():
    """/feeds/<key>.rss, /feeds/<key>/schlagwort/<tag>.atom, …/kommune/<city>.rss"""
    patterns = []
    for feed_class in registered_feeds():
        key = feed_class.key
        for feed_format in FORMATS:
            view = _view(feed_class, feed_format)
            patterns += [
                path(f"{key}.{feed_format}", view, name=f"feed-{key}-{feed_format}"),
                path(
                    f"{key}/schlagwort/<slug:tag>.{feed_format}",
                    view,
                    name=f"feed-{key}-tag-{feed_format}",
                ),
                path(
                    f"{key}/kommune/<slug:city>.{feed_format}",
                    view,
                    name=f"feed-{key}-city-{feed_format}",
                ),
            ]
    return patterns


def feed_url(key, feed_format="rss", tag=None, city=None):
    if tag is not None:
        return reverse(f"feed-{key}-tag-{feed_format}", args=[tag.slug])
    if city is not None:
        return reverse(f"feed-{key}-city-{feed_format}", args=[city.slug])
    return reverse(f"feed-{key}-{feed_format}")


def feed_links(*keys, tag=None, city=None):
    """Alternate links for the named feeds (all registered ones if none named)."""
    classes = registered_feeds()
    if keys:
        classes = [feed_class for feed_class in classes if feed_class.key in keys]
    scope = FeedScope(tag=tag, city=city)
    return [
        FeedLink(
            title=f"{feed_class.describe(scope)} ({label})",
            url=feed_url(feed_class.key, feed_format, tag=tag, city=city),
            mime_type=mime_type,
        )
        for feed_class in classes
        for feed_format, (_type, mime_type, label) in FORMATS.items()
    ]
