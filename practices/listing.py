"""Filters, facet counts, sorting and pagination of the practice listing."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from portal.models import FederalState, Tag

from .models import PracticePage, PracticeStatus

PER_PAGE = 12
MAX_VALUES_PER_FILTER = 20
SORTS = {
    "neueste": ("-first_published_at", "title"),
    "titel": ("title",),
}


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


DIMENSIONS = (
    Dimension("ansatz", _("Ansatz"), "approaches__slug", "approaches__name"),
    Dimension(
        "thema", _("Thema"), "tagged_items__tag__slug", "tagged_items__tag__name"
    ),
    Dimension("stadt", _("Kommune"), "city__slug", "city__name"),
    Dimension("land", _("Bundesland"), "city__federal_state"),
    Dimension("status", _("Status"), "status"),
)
FIXED_LABELS = {
    "land": dict(FederalState.choices),
    "status": dict(PracticeStatus.choices),
}


class PracticeListing:
    def __init__(self, request, index_page):
        self.request = request
        self.base = PracticePage.objects.live().public().descendant_of(index_page)
        self.selected = {
            dim.key: self._clean_values(request.GET.getlist(dim.key))
            for dim in DIMENSIONS
        }
        sort = request.GET.get("sortierung", "neueste")
        self.sort = sort if sort in SORTS else "neueste"

    @staticmethod
    def _clean_values(values):
        cleaned = []
        for value in values[:MAX_VALUES_PER_FILTER]:
            value = value.strip()[:100]
            if value and value.isprintable() and value not in cleaned:
                cleaned.append(value)
        return cleaned

    def _filtered(self, skip=None):
        queryset = self.base
        for dim in DIMENSIONS:
            values = self.selected[dim.key]
            if values and dim.key != skip:
                matching = self.base.filter(**{f"{dim.lookup}__in": values})
                queryset = queryset.filter(pk__in=matching.values("pk"))
        return queryset

    @cached_property
    def facets(self):
        approaches = {tag.slug: tag.name for tag in Tag.objects.approaches()}
        facets = []
        for dim in DIMENSIONS:
            counts = self._counts(dim)
            labels = FIXED_LABELS.get(dim.key, {})
            if dim.key == "ansatz":
                labels = approaches
            options = {
                value: Option(value, labels.get(value, label), count)
                for value, label, count in counts
            }
            for value, label in labels.items():
                options.setdefault(value, Option(value, label))
            for value in self.selected[dim.key]:
                if value in options:
                    options[value].selected = True
            ordered = sorted(options.values(), key=lambda o: str(o.label).lower())
            if dim.key == "ansatz":
                ordered = [options[slug] for slug in approaches]
            facets.append(Facet(dim.key, dim.legend, ordered))
        return facets

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
            .select_related("city")
            .prefetch_related("approaches")
            .order_by(*SORTS[self.sort])
        )
        return Paginator(results, PER_PAGE).get_page(self.request.GET.get("seite"))

    @property
    def has_filters(self):
        return any(self.selected.values())

    def active_filters(self):
        """Each active filter with the URL that removes just that one."""
        active = []
        for facet in self.facets:
            for option in facet.options:
                if option.selected:
                    active.append(
                        {
                            "legend": facet.legend,
                            "label": option.label,
                            "remove_url": self.url_without(facet.key, option.value),
                        }
                    )
        return active

    def query_pairs(self, **overrides):
        pairs = [
            (key, value) for key, values in self.selected.items() for value in values
        ]
        if self.sort != "neueste":
            pairs.append(("sortierung", self.sort))
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

    @property
    def sort_options(self):
        return [
            Option("neueste", _("Neueste zuerst"), selected=self.sort == "neueste"),
            Option("titel", _("Titel (A–Z)"), selected=self.sort == "titel"),
        ]
