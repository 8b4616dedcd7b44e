"""Filters, facet counts, sorting and pagination of the practice listing."""

from django.utils.translation import gettext_lazy as _

from portal.listing import Dimension, FacetedListing, Option
from portal.models import FederalState, Tag
from portal.visibility import public_pages_q

from .models import PracticePage, PracticeStatus

SORTS = {
    "neueste": ("-first_published_at", "title"),
    "titel": ("title",),
}
DEFAULT_SORT = "neueste"


class PracticeListing(FacetedListing):
    dimensions = (
        Dimension("ansatz", _("Ansatz"), "approaches__slug", "approaches__name"),
        Dimension(
            "thema", _("Thema"), "tagged_items__tag__slug", "tagged_items__tag__name"
        ),
        Dimension("stadt", _("Kommune"), "city__slug", "city__name"),
        Dimension(
            "land",
            _("Bundesland"),
            "city__federal_state",
            labels=dict(FederalState.choices),
        ),
        Dimension("status", _("Status"), "status", labels=dict(PracticeStatus.choices)),
    )
    select_related = ("city",)
    prefetch_related = ("approaches",)

    def __init__(self, request, index_page):
        super().__init__(request, index_page)
        sort = request.GET.get("sortierung", DEFAULT_SORT)
        self.sort = sort if sort in SORTS else DEFAULT_SORT

    @property
    def ordering(self):
        return SORTS[self.sort]

    def get_base(self):
        return (
            PracticePage.objects.live()
            .filter(public_pages_q())
            .descendant_of(self.index_page)
        )

    def _facet(self, dim):
        facet = super()._facet(dim)
        if dim.key == "ansatz":
            # All three approaches, always, in the network's own order.
            found = {option.value: option for option in facet.options}
            chosen = self.selected["ansatz"]
            facet.options = [
                found.get(tag.slug)
                or Option(tag.slug, tag.name, selected=tag.slug in chosen)
                for tag in Tag.objects.approaches()
            ]
        return facet

    def query_pairs(self, **overrides):
        if self.sort != DEFAULT_SORT:
            overrides = {"sortierung": self.sort, **overrides}
        return super().query_pairs(**overrides)

    @property
    def sort_options(self):
        return [
            Option("neueste", _("Neueste zuerst"), selected=self.sort == "neueste"),
            Option("titel", _("Titel (A–Z)"), selected=self.sort == "titel"),
        ]
