"""Filters, facet counts and pagination, the base of every listing: reports,
downloads and practices.

Works like the practice listing (practices/listing.py): several values of one
filter widen, different filters narrow, each option counts what the other active
filters leave, unknown values are ignored.
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.facetindex import MatchList, RankedMatchList

PER_PAGE = 12
MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FILTER = 20


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Facet:
    key: str
    legend: str
    options: list = field(default_factory=list)

    @property
    def visible_options(self):
        return [o for o in self.options if o.count or o.selected]


@dataclass(frozen=True)
class Dimension:
    key: str
    legend: str
    lookup: str
    label_lookup: str | None = None
    labels: dict | None = None  # fixed labels, e.g. of choices
    year: bool = False  # only four-digit values, newest first


def clean_values(values, year=False):
    cleaned = []
    for value in values[:MAX_VALUES_PER_FILTER]:
        value = value.strip()[:100]
        if year and not (len(value) == 4 and value.isascii() and value.isdigit()):
            continue
        if value and value.isprintable() and value not in cleaned:
            cleaned.append(value)
    return cleaned


class FacetedListing(ABC):
    dimensions: tuple[Dimension, ...] = ()
    ordering: tuple[str, ...] = ()
    select_related: tuple[str, ...] = ()
    prefetch_related: tuple[str, ...] = ()

    def __init__(self, request, index_page):
        self.request = request
        self.index_page = index_page
        self.requested = {
            dim.key: clean_values(request.GET.getlist(dim.key), dim.year)
            for dim in self.dimensions
        }

    @cached_property
    def selected_labels(self):
        """dimension → requested value → label, for the values that exist."""
        return {
            dim.key: self.value_labels(dim, self.requested[dim.key])
            for dim in self.dimensions
        }

    @cached_property
    def selected(self):
        """The requested values that exist. An unknown one (a typo, a deleted
        city) filters nothing and no link carries it on; a known one stays
        selected and visible even when it leaves no entry."""
        return {
            key: [value for value in self.requested[key] if value in labels]
            for key, labels in self.selected_labels.items()
        }

    def value_labels(self, dim, values):
        """Which of `values` occur among the entries, with their labels."""
        if not values:
            return {}
        fields = [dim.lookup, dim.label_lookup or dim.lookup]
        rows = (
            self.base.filter(**{f"{dim.lookup}__in": values})
            .order_by()
            .values_list(*fields)
            .distinct()
        )
        labels = dim.labels or {}
        return {str(value): labels.get(str(value), label) for value, label in rows}

    @cached_property
    def base(self):
        return self.get_base()

    @abstractmethod
    def get_base(self):
        """The public entries this listing filters."""

    def _filtered(self, skip=None):
        queryset = self.base
        for dim in self.dimensions:
            values = self.selected[dim.key]
            if values and dim.key != skip:
                matching = self.base.filter(**{f"{dim.lookup}__in": values})
                queryset = queryset.filter(pk__in=matching.values("pk"))
        return queryset

    @cached_property
    def facets(self):
        return [self._facet(dim) for dim in self.dimensions]

    def _facet(self, dim):
        labels = dim.labels or {}
        options = {
            str(value): Option(str(value), labels.get(str(value), label), count)
            for value, label, count in self._counts(dim)
        }
        for value, label in labels.items():
            options.setdefault(value, Option(value, label))
        for value in self.selected[dim.key]:
            option = options.setdefault(
                value, Option(value, self.selected_labels[dim.key][value])
            )
            option.selected = True
        ordered = sorted(options.values(), key=lambda o: str(o.label).lower())
        return Facet(dim.key, dim.legend, ordered[::-1] if dim.year else ordered)

    def _counts(self, dim):
        fields = [dim.lookup] + ([dim.label_lookup] if dim.label_lookup else [])
        rows = (
            self._filtered(skip=dim.key)
            .exclude(**{f"{dim.lookup}__isnull": True})
            .order_by()
            .values(*fields)
            .annotate(n=Count("pk", distinct=True))
        )
        return [
            (row[dim.lookup], row.get(dim.label_lookup, row[dim.lookup]), row["n"])
            for row in rows
        ]

    @cached_property
    def page(self):
        results = (
            self._filtered()
            .select_related(*self.select_related)
            .prefetch_related(*self.prefetch_related)
            .order_by(*self.ordering)
        )
        return Paginator(results, PER_PAGE).get_page(self.request.GET.get("seite"))

    @property
    def has_filters(self):
        return any(self.selected.values())

    def active_filters(self):
        """Each active filter with the URL that removes just that one."""
        return [
            {
                "legend": facet.legend,
                "label": option.label,
                "remove_url": self.url_without(facet.key, option.value),
            }
            for facet in self.facets
            for option in facet.options
            if option.selected
        ]

    def query_pairs(self, **overrides):
        pairs = [
            (key, value) for key, values in self.selected.items() for value in values
        ]
        for key, value in overrides.items():
            pairs = [pair for pair in pairs if pair[0] != key]
            if value is not None:
                pairs.append((key, value))
        return pairs

    def url_without(self, key, value):
        pairs = [pair for pair in self.query_pairs() if pair != (key, value)]
        return "?" + urlencode(pairs) if pairs else "?"

    def page_url(self, number):
        return "?" + urlencode(self.query_pairs(seite=number))

    @property
    def previous_url(self):
        page = self.page
        return self.page_url(page.previous_page_number()) if page.has_previous() else ""

    @property
    def next_url(self):
        page = self.page
        return self.page_url(page.next_page_number()) if page.has_next() else ""


class IndexedListing(FacetedListing):
    """Counts and pages from a FacetIndex (portal/facetindex.py) held in memory
    instead of SQL aggregates, which grow with the catalogue."""

    order = None  # a key of the index's orders; None: its default order

    @property
    @abstractmethod
    def index(self):
        """The FacetIndex, keyed by the dimensions' keys."""

    @abstractmethod
    def load(self, ids):
        """The entries for `ids`, in that order."""

    @property
    def restriction(self):
        """A bitset every shown entry must be in (e.g. text search hits), or None."""
        return None

    @property
    def ranking(self):
        """Entry ids in an order of this request (e.g. relevance), or None."""
        return None

    def value_labels(self, dim, values):
        known = self.index.labels.get(dim.key, {})
        labels = dim.labels or {}
        return {
            value: labels.get(value, known[value]) for value in values if value in known
        }

    def _mask(self, skip=None):
        mask = self.index.matching(self.selected, skip=skip)
        return mask if self.restriction is None else mask & self.restriction

    def _counts(self, dim):
        return self.index.counts(dim.key, self._mask(skip=dim.key))

    @cached_property
    def page(self):
        if self.ranking is None:
            matches = MatchList(self.index, self._mask(), self.load, self.order)
        else:
            matches = RankedMatchList(self.index, self._mask(), self.load, self.ranking)
        return Paginator(matches, PER_PAGE).get_page(self.request.GET.get("seite"))


KEYWORD_PARAMETERS = ("q", "genau")


class KeywordMixin:
    """A text field `q` beside the filters: shown, removable and carried on
    like a filter. The listing narrows by it in `restriction`. `genau=1`
    asks for the words as typed, without a corrected spelling."""

    keyword_legend = _("Suche")

    def __init__(self, request, index_page):
        super().__init__(request, index_page)
        raw = request.GET.get("q", "")
        printable = "".join(c if c.isprintable() else " " for c in str(raw))
        self.query = " ".join(printable.split())[:MAX_QUERY_LENGTH]
        self.exact = bool(self.query) and request.GET.get("genau") == "1"

    @property
    def has_filters(self):
        return bool(self.query) or super().has_filters

    def query_pairs(self, **overrides):
        pairs = super().query_pairs(**overrides)
        keyword = [("q", self.query)] if self.query else []
        if self.exact:
            keyword.append(("genau", "1"))
        return keyword + pairs

    def keyword_url(self, query, exact):
        """This listing (filters and order kept, first page) for another
        keyword, or for the same one as typed (`exact`)."""
        pairs = [p for p in self.query_pairs() if p[0] not in KEYWORD_PARAMETERS]
        pairs = [("q", query), *([("genau", "1")] if exact else []), *pairs]
        return "?" + urlencode(pairs)

    def active_filters(self):
        active = super().active_filters()
        if self.query:
            pairs = [p for p in self.query_pairs() if p[0] not in KEYWORD_PARAMETERS]
            remove_url = "?" + urlencode(pairs) if pairs else "?"
            keyword = {
                "legend": self.keyword_legend,
                "label": self.query,
                "remove_url": remove_url,
            }
            active.insert(0, keyword)
        return active
