from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query

from core.models import Tag
from core.ratelimit import ratelimit

from . import service
from .query import SearchFilters, clean_text, parse_query

MAX_FILTER_VALUES = 10


def _values(request, name):
    cleaned = []
    for value in request.GET.getlist(name)[:MAX_FILTER_VALUES]:
        value = clean_text(value)[:100]
        if value and value not in cleaned:
            cleaned.append(value)
    return cleaned


def filters_from(request):
    return SearchFilters(
        kinds=_values(request, "typ"),
        tags=_values(request, "schlagwort"),
        cities=_values(request, "stadt"),
        years=[int(v) for v in _values(request, "jahr") if v.isdigit() and len(v) == 4],
    )


def page_number(request):
    value = request.GET.get("seite", "1")
    return int(value) if value.isdigit() and len(value) < 6 else 1


def promotions(query_text, results, filters):
    """Editors' picks for the query, also for an inflected or re-spelt form
    ("Ferienprogramme" for "Ferienprogramm"); none beside an empty page that
    only the visitor's filters emptied."""
    if not query_text or (not results.total and not filters.is_empty):
        return []
    wanted = lexeme_key(query_text)
    # Only look up: Query.get() would store every string a visitor types.
    for query in Query.objects.filter(editors_picks__isnull=False).distinct():
        if lexeme_key(query.query_string) == wanted:
            return [
                pick
                for pick in query.editors_picks.select_related("page")
                if pick.page_id is None or pick.page.live and pick.page.url
            ]
    return []


def lexeme_key(text):
    parsed = parse_query(text)
    return frozenset(parsed.terms), tuple(map(tuple, parsed.phrases))


@require_GET
def search(request):
    exact = request.GET.get("genau") == "1"  # "stattdessen suchen nach …"
    filters = filters_from(request)
    results = service.search(
        request.GET.get("q", ""),
        filters,
        sort=request.GET.get("sortierung", "relevanz"),
        page=page_number(request),
        exact=exact,
    )
    query_params = request.GET.copy()
    query_params.pop("seite", None)
    return render(
        request,
        "search/search.html",
        {
            "results": results,
            "exact": exact,
            "promotions": (
                promotions(results.query, results, filters) if results.page == 1 else []
            ),
            "base_query": query_params.urlencode(),
            "approaches": Tag.objects.approaches(),
            "meta_title": "Suche",
            "meta_description": (
                "Praxisprofile, Themendossiers, Berichte und Downloads des "
                "Großstadtnetzwerks durchsuchen, gefiltert nach Ansatz, Thema, "
                "Kommune und Jahr."
            ),
        },
    )


@require_GET
@ratelimit("autocomplete", "AUTOCOMPLETE_RATELIMIT", window=60, methods=("GET",))
def autocomplete(request):
    suggestions = service.autocomplete(request.GET.get("q", ""))
    return JsonResponse({"suggestions": suggestions})
