"""The reports listing at /aktuelles/."""

from django.utils.translation import gettext_lazy as _

from core.listing import Dimension, FacetedListing
from core.visibility import public_pages_q

from .models import ArticlePage


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
