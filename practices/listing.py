"""Filters, facet counts, sorting and pagination of the practice listing."""

from array import array

from django.db.models import OuterRef, Q, Subquery
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.facetindex import FacetIndex, MatchList, in_order, replayed_index
from core.listing import Dimension, IndexedListing, KeywordMixin, Option
from core.models import City, FederalState, Tag
from core.visibility import public_pages_q
from search.service import keyword_matches

from .models import PracticePage, PracticeStatus, TaggedPractice

# Ids last: updates of the index need every practice in one place.
SORTS = {
    "neueste": ("-first_published_at", "title", "pk"),
    "titel": ("title", "pk"),
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
    return visible_practices_below(index_page.path)


def visible_practices_below(path):
    """The live, public practices below the page at this tree path."""
    practices = PracticePage.objects.live().filter(public_pages_q())
    return practices.filter(path__startswith=path).exclude(path=path)


def load_practices(ids):
    """Practice cards for `ids`, in that order."""
    return in_order(PracticePage.card_queryset(), ids)


def practice_facet_index(index_page):
    return practice_facet_index_below(index_page.path)


def practice_facet_index_below(path):
    """The facet index of the practices below the index page at this tree
    path: a practice page finds its listing's index without a query."""
    return replayed_index(
        f"practices:{path}",
        lambda: build_index(visible_practices_below(path)),
        lambda index, changed: update_index(
            index, visible_practices_below(path), changed
        ),
    )


def tagged_practice_matches(index_page, tag):
    """The practices carrying `tag` as approach or topic, newest first."""
    index = practice_facet_index(index_page)
    mask = index.masks["ansatz"].get(tag.slug, 0) | index.masks["thema"].get(
        tag.slug, 0
    )
    return MatchList(index, mask, load_practices)


def build_index(practices):
    """The facet bitsets of the visible practices (see core/facetindex.py).

    Rows carry ids, and the few cities and tags give the labels: strings per
    row would cost tens of megabytes while 100,000 practices are read.
    """
    rows = list(
        practices.order_by(*SORTS[DEFAULT_SORT]).values_list("pk", "city_id", "status")
    )
    approaches = PracticePage.approaches.through.objects.values_list(
        "practicepage_id", "tag_id"
    )
    topics = TaggedPractice.objects.values_list("content_object_id", "tag_id")
    return FacetIndex.build(
        [row[0] for row in rows],
        _dimensions(rows, approaches.iterator(), topics.iterator()),
        order_loaders={"titel": lambda index: _title_order(practices, index)},
    )


def _dimensions(rows, approaches, topics):
    """Dimension → (practice id, value, label) from rows of ids."""
    cities = {
        city.pk: city for city in City.objects.only("slug", "name", "federal_state")
    }
    tags = {tag.pk: (tag.slug, tag.name) for tag in Tag.objects.only("slug", "name")}
    placed = [(pk, cities.get(city_id), status) for pk, city_id, status in rows]
    placed = [row for row in placed if row[1] is not None]
    return {
        "ansatz": ((pk, *tags[tag_id]) for pk, tag_id in approaches),
        "thema": ((pk, *tags[tag_id]) for pk, tag_id in topics),
        "stadt": [(pk, city.slug, city.name) for pk, city, _ in placed],
        "land": [
            (pk, city.federal_state, city.federal_state) for pk, city, _ in placed
        ],
        "status": [(pk, status, status) for pk, _, status in rows],
    }


def _title_order(practices, index):
    positions = index.positions
    by_title = practices.order_by(*SORTS["titel"]).values_list("pk", flat=True)
    return array("q", (positions[pk] for pk in by_title.iterator() if pk in positions))


def update_index(index, practices, changed):
    """The index with the practices in `changed` as they are now: three
    queries over those practices instead of a rebuild over all of them."""
    rows = list(
        practices.filter(pk__in=changed)
        .annotate(successor=Subquery(_successor(practices, changed)))
        .order_by(*SORTS[DEFAULT_SORT])
        .values_list("pk", "city_id", "status", "successor", "first_published_at")
    )
    if any(row[4] is None for row in rows):
        return None  # unpublished dates sort apart on each database
    shown = [row[0] for row in rows]
    approaches = PracticePage.approaches.through.objects.filter(
        practicepage_id__in=shown
    ).values_list("practicepage_id", "tag_id")
    topics = TaggedPractice.objects.filter(content_object_id__in=shown).values_list(
        "content_object_id", "tag_id"
    )
    values = {pk: {} for pk in shown}
    plain = [row[:3] for row in rows]
    for key, triples in _dimensions(plain, approaches, topics).items():
        for pk, value, label in triples:
            values[pk].setdefault(key, []).append((value, label))
    added = [(row[0], values[row[0]], row[3]) for row in rows]
    return index.updated(set(changed), added)


def _successor(practices, changed):
    """The first unchanged practice after the outer one in the default order."""
    published = OuterRef("first_published_at")
    title = OuterRef("title")
    later = (
        Q(first_published_at__lt=published)
        | Q(title__gt=title)
        | Q(title=title, pk__gt=OuterRef("pk"))
    )
    return (
        practices.exclude(pk__in=changed)
        .filter(Q(first_published_at__lte=published) & later)
        .order_by(*SORTS[DEFAULT_SORT])
        .values("pk")[:1]
    )
