"""Filters, facet counts, sorting and pagination of the practice listing."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.facetindex import FacetIndex, MatchList, cached_index, in_order
from core.listing import Dimension, IndexedListing, KeywordMixin, Option
from core.models import FederalState, Tag
from core.visibility import public_pages_q
from search.service import keyword_matches

from .models import PracticePage, PracticeStatus, TaggedPractice

SORTS = {
    "neueste": ("-first_published_at", "title"),
    "titel": ("title",),
}
DEFAULT_SORT = "neueste"
RELEVANCE = "relevanz"  # the default while a keyword is given


class PracticeListing(KeywordMixin, IndexedListing):
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

    keyword_legend = _("Suchbegriff")

    def __init__(self, request, index_page):
        super().__init__(request, index_page)
        sort = request.GET.get("sortierung", self.default_sort)
        known = sort in SORTS or (sort == RELEVANCE and self.query)
        self.sort = sort if known else self.default_sort

    @property
    def default_sort(self):
        return RELEVANCE if self.query else DEFAULT_SORT

    @property
    def ordering(self):
        return SORTS.get(self.sort, SORTS[DEFAULT_SORT])

    @property
    def order(self):
        return self.sort if self.sort in SORTS and self.sort != DEFAULT_SORT else None

    @cached_property
    def matches(self):
        """The portal search for the keyword, with its recovery steps judged
        by what the filters leave (a typo corrected, a word start, …)."""
        filtered = any(self.selected.values())
        return keyword_matches(
            self.query,
            kinds=["practice"],
            keep=self._kept_count if filtered else None,
            exact=self.exact,
        )

    def _kept_count(self, keys):
        mask = self.index.mask_of(practice_ids(keys))
        return (mask & self.index.matching(self.selected)).bit_count()

    @cached_property
    def matching_ids(self):
        """The practices the portal search finds for the keyword, best first."""
        return practice_ids(self.matches.keys)

    @property
    def shown_keyword(self):
        """The words the shown practices were found for."""
        return self.matches.corrected or self.query

    @property
    def exact_url(self):
        """The link of "stattdessen suchen nach …": the words as typed."""
        return self.keyword_url(self.query, exact=True)

    @property
    def suggestion_url(self):
        """The link of "Meinten Sie …?" when the visitor asked for the exact words."""
        return self.keyword_url(self.matches.suggestion, exact=False)

    @property
    def restriction(self):
        return self.index.mask_of(self.matching_ids) if self.query else None

    @property
    def ranking(self):
        return self.matching_ids if self.sort == RELEVANCE else None

    def get_base(self):
        return visible_practices(self.index_page)

    @cached_property
    def index(self):
        return practice_facet_index(self.index_page)

    def load(self, ids):
        return load_practices(ids)

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
        if self.sort != self.default_sort:
            overrides = {"sortierung": self.sort, **overrides}
        return super().query_pairs(**overrides)

    @property
    def sort_options(self):
        options = [(RELEVANCE, _("Relevanz"))] if self.query else []
        options += [("neueste", _("Neueste zuerst")), ("titel", _("Titel (A–Z)"))]
        return [Option(key, label, selected=self.sort == key) for key, label in options]


def practice_ids(keys):
    return [int(key.removeprefix("page:")) for key in keys]


def visible_practices(index_page):
    return (
        PracticePage.objects.live().filter(public_pages_q()).descendant_of(index_page)
    )


def load_practices(ids):
    """Practice cards for `ids`, in that order."""
    cards = PracticePage.objects.select_related("city").prefetch_related("approaches")
    return in_order(cards, ids)


def practice_facet_index(index_page):
    return cached_index(
        f"practices:{index_page.pk}",
        lambda: build_index(visible_practices(index_page)),
    )


def tagged_practice_matches(index_page, tag):
    """The practices carrying `tag` as approach or topic, newest first."""
    index = practice_facet_index(index_page)
    mask = index.masks["ansatz"].get(tag.slug, 0) | index.masks["thema"].get(
        tag.slug, 0
    )
    return MatchList(index, mask, load_practices)


def build_index(practices):
    """The facet bitsets of the visible practices (see portal/facetindex.py)."""
    rows = list(
        practices.order_by(*SORTS[DEFAULT_SORT]).values_list(
            "pk", "city__slug", "city__name", "city__federal_state", "status"
        )
    )
    ids = [row[0] for row in rows]
    bit = {pk: position for position, pk in enumerate(ids)}
    by_title = practices.order_by(*SORTS["titel"]).values_list("pk", flat=True)
    approaches = PracticePage.approaches.through.objects.values_list(
        "practicepage_id", "tag__slug", "tag__name"
    )
    topics = TaggedPractice.objects.values_list(
        "content_object_id", "tag__slug", "tag__name"
    )
    return FacetIndex.build(
        ids,
        {
            "ansatz": approaches,
            "thema": topics,
            "stadt": [(row[0], row[1], row[2]) for row in rows],
            "land": [(row[0], row[3], row[3]) for row in rows],
            "status": [(row[0], row[4], row[4]) for row in rows],
        },
        orders={"titel": [bit[pk] for pk in by_title]},
    )
