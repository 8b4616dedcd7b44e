"""The one search interface of the portal: search() and autocomplete()."""

import difflib
import functools
import hashlib
import math
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models.functions import Length
from django.utils.translation import gettext_lazy as _

from core.cache import cached, versioned_key

from .analysis import fold
from .highlight import highlight, snippet
from .models import SearchEntryTag, SearchTerm
from .query import SearchFilters, parse_query
from .registry import search_sources

PER_PAGE = 10
FACET_OPTIONS_SHOWN = 12  # the most frequent; chosen ones always stay visible
MAX_PAGE = 1000
MAX_RANKED = 1000  # matches a listing narrows to, the most relevant
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
    suggestion: str = ""

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


def search(query, filters=None, sort="relevanz", page=1, per_page=PER_PAGE):
    parsed = parse_query(query)
    filters = filters or SearchFilters()
    sort = sort if sort in SORTS else "relevanz"
    page = min(max(int(page), 1), MAX_PAGE)
    if parsed.is_empty and filters.is_empty:
        return SearchResults(parsed.text, [], 0, [], 1, 1, sort)
    # Any index write bumps the content version, so a cached result is never stale.
    request = repr((get_backend().name, parsed.text, filters, sort, page, per_page))
    key = versioned_key("search", hashlib.sha256(request.encode()).hexdigest())
    return cached(
        key,
        lambda: _search(parsed, filters, sort, page, per_page),
        settings.SEARCH_CACHE_TIMEOUT,
    )


def ranked_keys(query, kinds=(), limit=MAX_RANKED):
    """Keys of the entries of `kinds` that match `query`, most relevant first
    (at most `limit`): for a listing that narrows its own entries by text."""
    parsed = parse_query(query)
    if parsed.is_empty:
        return []
    filters = SearchFilters(kinds=list(kinds))
    request = repr(("ranked", get_backend().name, parsed.text, filters, limit))
    key = versioned_key("search", hashlib.sha256(request.encode()).hexdigest())
    return cached(
        key,
        lambda: get_backend().ranked_keys(parsed, filters, limit),
        settings.SEARCH_CACHE_TIMEOUT,
    )


def _search(parsed, filters, sort, page, per_page):
    raw = get_backend().search(parsed, filters, sort, (page - 1) * per_page, per_page)
    singular = hit_labels()
    names = tag_names(
        set(raw.facets.get("tags", {})) | {s for h in raw.hits for s in h.tags}
    )
    lexemes = parsed.lexemes
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
        suggestion="" if raw.total else suggest(parsed),
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


def suggest(parsed):
    """A close spelling from the indexed vocabulary that has hits, or ""."""
    if not parsed.words:
        return ""
    replaced, changed = [], False
    for word in parsed.words:
        folded = fold(word)
        candidates = (
            SearchTerm.objects.annotate(length=Length("folded"))
            .filter(
                folded__startswith=folded[:1],
                length__range=(len(folded) - 2, len(folded) + 2),
            )
            .values_list("folded", "word")
        )
        words = dict(candidates)
        match = difflib.get_close_matches(folded, list(words), n=1, cutoff=0.75)
        if match and match[0] != folded:
            replaced.append(words[match[0]])
            changed = True
        else:
            replaced.append(word)
    suggestion = " ".join(replaced)
    if not changed or not get_backend().count(parse_query(suggestion), SearchFilters()):
        return ""
    return suggestion


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
    tags = Tag.objects.filter(
        name__istartswith=prefix, slug__in=SearchEntryTag.objects.values("slug")
    ).order_by("name")[:3]
    suggestions += [
        {"label": f"#{tag.name}", "url": f"/schlagwort/{tag.slug}/", "type": "tag"}
        for tag in tags
    ]
    return suggestions[:limit]
