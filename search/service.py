"""The one search interface of the portal: search() and autocomplete()."""

import dataclasses
import difflib
import functools
import hashlib
import math
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models.functions import Length
from django.utils.translation import gettext_lazy as _

from core.cache import SEARCH, cached, versioned_key

from .analysis import fold
from .highlight import Matcher, highlight, snippet
from .models import SearchEntryTag, SearchTerm
from .query import SearchFilters, parse_query
from .registry import search_sources

PER_PAGE = 10
FACET_OPTIONS_SHOWN = 12  # the most frequent; chosen ones always stay visible
MAX_PAGE = 1000
MAX_RANKED = 1000  # matches a listing narrows to, the most relevant
THIN = 3  # fewer hits than this and the recovery steps widen the query
MIN_CORRECTED = 4  # shorter words are corrected into too many others
SORTS = ("relevanz", "datum")
FACET_LEGENDS = {
    "kinds": _("Art"),
    "tags": _("Schlagwort"),
    "cities": _("Kommune"),
    "years": _("Jahr"),
}


@functools.cache
def get_backend():
    if settings.ELASTICSEARCH_URL:
        from .backends.elastic import ElasticsearchBackend

        return ElasticsearchBackend(settings.ELASTICSEARCH_URL)
    from .backends.database import DatabaseBackend

    return DatabaseBackend()


@dataclass
class Hit:
    title: str
    kind: str
    kind_label: str
    url: str
    snippet: str
    date: object
    city: str
    tags: list


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    key: str
    legend: str
    options: list[FacetOption] = field(default_factory=list)


@dataclass
class SearchResults:
    query: str
    hits: list[Hit]
    total: int
    facets: list[Facet]
    page: int
    num_pages: int
    sort: str
    suggestion: str = ""  # "Meinten Sie …?" when the visitor asked for the exact words
    corrected: str = ""  # the hits are those of this spelling of the query
    relaxed: bool = False  # the hits lack one of the query's words

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.num_pages


def kind_labels():
    return {source.kind: source.label for source in search_sources()}


def hit_labels():
    return {source.kind: source.singular for source in search_sources()}


def tag_names(slugs):
    from core.models import Tag

    return dict(Tag.objects.filter(slug__in=slugs).values_list("slug", "name"))


def search(
    query, filters=None, sort="relevanz", page=1, per_page=PER_PAGE, exact=False
):
    """`exact`: no automatic correction of the spelling (the visitor asked)."""
    parsed = parse_query(query)
    filters = filters or SearchFilters()
    sort = sort if sort in SORTS else "relevanz"
    page = min(max(int(page), 1), MAX_PAGE)
    if parsed.is_empty and filters.is_empty:
        return SearchResults(parsed.text, [], 0, [], 1, 1, sort)
    # Any index write bumps the content version, so a cached result is never stale.
    request = repr(
        (get_backend().name, parsed.text, filters, sort, page, per_page, exact)
    )
    key = versioned_key(
        "search", hashlib.sha256(request.encode()).hexdigest(), depends=(SEARCH,)
    )
    return cached(
        key,
        lambda: _search(parsed, filters, sort, page, per_page, exact),
        settings.SEARCH_CACHE_TIMEOUT,
    )


def ranked_keys(query, kinds=(), limit=MAX_RANKED):
    """Keys of the entries of `kinds` that match `query`, most relevant first
    (at most `limit`): for a listing that narrows its own entries by text."""
    parsed = parse_query(query)
    return [] if parsed.is_empty else matching_keys(parsed, kinds, limit)


def matching_keys(parsed, kinds, limit=MAX_RANKED):
    """ranked_keys() of one pass, cached: widened and corrected passes too."""
    filters = SearchFilters(kinds=list(kinds))
    request = repr(("ranked", get_backend().name, parsed, filters, limit))
    key = versioned_key(
        "search", hashlib.sha256(request.encode()).hexdigest(), depends=(SEARCH,)
    )
    return cached(
        key,
        lambda: get_backend().ranked_keys(parsed, filters, limit),
        settings.SEARCH_CACHE_TIMEOUT,
    )


@dataclass
class KeywordMatches:
    """What a listing's keyword field finds, after the recovery steps."""

    keys: list[str]  # most relevant first, before the listing's own filters
    corrected: str = ""
    suggestion: str = ""
    relaxed: bool = False


def keyword_matches(query, kinds, keep=None, exact=False, limit=MAX_RANKED):
    """ranked_keys() with the recovery steps of the search page.

    `keep(keys)` counts the keys the listing's own filters leave (None: the
    listing has no filters): the steps judge a pass by what the visitor would
    see, and never repair a query that only the filters left without hits.
    """
    parsed = parse_query(query)
    if parsed.is_empty:
        return KeywordMatches([])
    outcome = recovered(parsed, ListingScope(kinds, keep, limit), exact)
    return KeywordMatches(
        keys=outcome.raw.keys,
        corrected=outcome.corrected,
        suggestion=outcome.suggestion,
        relaxed=outcome.query.relaxed,
    )


def _search(parsed, filters, sort, page, per_page, exact):
    offset = (page - 1) * per_page
    outcome = recovered(parsed, SearchScope(filters, sort, offset, per_page), exact)
    raw, query = outcome.raw, outcome.query
    lexemes = Matcher(query.term_lexemes, query.phrases, query.prefixes.values())
    singular = hit_labels()
    names = tag_names(
        set(raw.facets.get("tags", {})) | {s for h in raw.hits for s in h.tags}
    )
    hits = [
        Hit(
            title=highlight(hit.title, lexemes),
            kind=hit.kind,
            kind_label=singular.get(hit.kind, hit.kind),
            url=hit.url,
            snippet=snippet(hit.summary + " " + hit.body, lexemes),
            date=hit.date,
            city=hit.city,
            tags=[(slug, names[slug]) for slug in hit.tags if slug in names],
        )
        for hit in raw.hits
    ]
    return SearchResults(
        query=parsed.text,
        hits=hits,
        total=raw.total,
        facets=build_facets(raw.facets, filters, kind_labels(), names),
        page=page,
        num_pages=max(1, math.ceil(raw.total / per_page)),
        sort=sort,
        suggestion=outcome.suggestion,
        corrected=outcome.corrected,
        relaxed=outcome.query.relaxed,
    )


def build_facets(counts, filters, labels, names):
    label_for = {
        "kinds": lambda value: labels.get(value, value),
        "tags": lambda value: names.get(value, value),
        "cities": str,
        "years": str,
    }
    facets = []
    for key, legend in FACET_LEGENDS.items():
        selected = {str(value) for value in getattr(filters, key)}
        options = [
            FacetOption(
                str(value), label_for[key](value), count, str(value) in selected
            )
            for value, count in counts.get(key, {}).items()
            if key != "tags" or value in names
        ]
        options.sort(key=lambda option: (-option.count, str(option.label).lower()))
        shown = options[:FACET_OPTIONS_SHOWN]
        shown += [o for o in options[FACET_OPTIONS_SHOWN:] if o.selected]
        if key == "years":
            shown.sort(key=lambda option: option.value, reverse=True)
        facets.append(Facet(key, legend, shown))
    return facets


class SearchScope:
    """The passes of the search page: one page of hits under its filters."""

    def __init__(self, filters, sort, offset, limit):
        self.filters, self.sort = filters, sort
        self.offset, self.limit = offset, limit

    def run(self, query):
        return get_backend().search(
            query, self.filters, self.sort, self.offset, self.limit
        )

    def count(self, query):
        return get_backend().count(query, self.filters)

    def finds_nothing(self, query):
        """True when the query finds nothing at all, not just nothing under
        the chosen filters: only then is the query itself to be repaired."""
        return self.filters.is_empty or not get_backend().count(query, SearchFilters())


@dataclass
class KeyPass:
    keys: list[str]  # every match of the kinds, most relevant first
    total: int  # those the listing's own filters keep


class ListingScope:
    """The passes of a listing's keyword field: the matching keys of its
    kinds, counted as far as the listing's own filters keep them."""

    def __init__(self, kinds, keep, limit):
        self.kinds, self.keep, self.limit = kinds, keep, limit

    def run(self, query):
        keys = matching_keys(query, self.kinds, self.limit)
        return KeyPass(keys, len(keys) if self.keep is None else self.keep(keys))

    def count(self, query):
        return self.run(query).total

    def finds_nothing(self, query):
        return self.keep is None or not matching_keys(query, self.kinds, self.limit)


@dataclass
class Outcome:
    query: object  # the ParsedQuery whose hits are shown
    raw: object  # its RawResults (or KeyPass)
    corrected: str = ""
    suggestion: str = ""


def recovered(parsed, scope, exact=False):
    """The first pass, and recovery steps only when it comes back empty or thin.

    1. Thin (fewer than THIN hits): compounds also as all their parts, the
       last word also as the start of a longer word.
    2. Empty, and not only under the filters: the spelling corrected from
       the indexed words, shown at once.
    3. Still empty: all words but one, with a notice.
    `scope` runs one ParsedQuery (`run`, `count`) where the visitor searches:
    the search page (SearchScope) or a listing (ListingScope).
    """
    outcome = Outcome(parsed, scope.run(parsed))
    if parsed.is_empty or outcome.raw.total >= THIN:
        return outcome
    widened = parsed.widened()
    if widened.parts or widened.prefixes:
        wider = scope.run(widened)
        if wider.total > outcome.raw.total:
            outcome = Outcome(widened, wider)
    if outcome.raw.total or not scope.finds_nothing(parsed):
        return outcome
    correction = corrected_text(parsed)
    if correction and exact:
        # Offered only with hits: a word of a page gone private finds none.
        if scope.count(parse_query(correction).widened()):
            outcome.suggestion = correction
    elif correction:
        query = dataclasses.replace(parse_query(correction).widened(), fuzzy=True)
        raw = scope.run(query)
        if raw.total:
            return Outcome(query, raw, corrected=correction)
    if parsed.can_relax:
        query = parsed.widened(relaxed=True)
        raw = scope.run(query)
        if raw.total:
            return Outcome(query, raw, suggestion=outcome.suggestion)
    return outcome


def corrected_text(parsed):
    """The query with each word that is found nowhere replaced by the closest
    indexed word, or "" when some such word has no confident correction."""
    text, changed = parsed.text, False
    for word in dict.fromkeys(parsed.words):
        if get_backend().count(parse_query(word), SearchFilters()):
            continue
        replacement = closest_word(word)
        if not replacement:
            return ""
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", replacement, text)
        changed = True
    return text if changed else ""


def closest_word(word):
    """An indexed word at most one edit away (two from eight letters on)."""
    folded = fold(word)
    if len(folded) < MIN_CORRECTED or word.isdigit():
        return ""
    allowed = 1 if len(folded) < 8 else 2
    rows = SearchTerm.objects.annotate(length=Length("folded")).filter(
        folded__startswith=folded[:1],
        length__range=(len(folded) - allowed, len(folded) + allowed),
    )
    known = dict(rows.values_list("folded", "word"))
    close = difflib.get_close_matches(folded, list(known), n=5, cutoff=0.75)
    scored = sorted((edit_distance(folded, c), -known_rank(c, close), c) for c in close)
    if not scored or scored[0][0] > allowed or scored[0][0] == 0:
        return ""
    return known[scored[0][2]]


def known_rank(candidate, close):
    return len(close) - close.index(candidate)  # difflib's order breaks ties


def edit_distance(a, b):
    """Optimal string alignment distance: a swap of neighbours is one edit."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


def tag_completes(tag, prefix):
    """Folded like titles ("Armutspraevention" completes "Armutsprävention"),
    and a compound's later part completes it too ("Monitoring")."""
    folded, name = fold(prefix), fold(tag.name)
    if name.startswith(folded) or f" {folded}" in name:
        return True
    return len(folded) >= 4 and folded in name


def autocomplete(prefix, limit=8):
    from core.models import Tag

    prefix = parse_query(prefix).text
    if len(prefix) < 2:
        return []
    suggestions = [
        {"label": title, "url": url, "type": "entry"}
        for title, url in get_backend().autocomplete(prefix, limit)
    ]
    # Only tags that public entries carry: a tag of the member area stays hidden.
    public = Tag.objects.filter(slug__in=SearchEntryTag.objects.values("slug"))
    tags = [tag for tag in public.order_by("name") if tag_completes(tag, prefix)][:3]
    suggestions += [
        {"label": f"#{tag.name}", "url": f"/schlagwort/{tag.slug}/", "type": "tag"}
        for tag in tags
    ]
    return suggestions[:limit]
