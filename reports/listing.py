"""The reports listing, and the newest reports for the home page."""

from django.utils.translation import gettext_lazy as _

from core.listing import Dimension, FacetedListing
from core.visibility import live_single, public_pages_q

from .models import ArticleIndexPage, ArticlePage


class ArticleListing(FacetedListing):
    """Network reports, newest first, by kind and year."""

    dimensions = (
        Dimension("art", _("Art"), "kind__slug", "kind__name"),
        Dimension("jahr", _("Jahr"), "date__year", year=True),
    )
    ordering = ("-date", "-first_published_at")
    select_related = ("kind",)
    prefetch_related = ("tags",)

    def get_base(self):
        return (
            ArticlePage.objects.live()
            .filter(public_pages_q())
            .descendant_of(self.index_page)
        )


def newest_articles(limit):
    return (
        ArticlePage.objects.live()
        .filter(public_pages_q())
        .select_related("kind")
        .prefetch_related("tags")
        .order_by("-date", "title")[:limit]
    )


def article_index_url():
    index = live_single(ArticleIndexPage, public=False)
    return index.url if index else None
