"""What each content app contributes to the portal search.

An app registers a `SearchSource` in its AppConfig.ready(); the search app never
imports content apps. A source turns one object into an `Entry` (or None when the
object must not be found: draft, private, deleted) and lists all its entries for
a full rebuild.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db.models import Model

from core.visibility import restricted_page_paths


@dataclass
class Entry:
    key: str  # stable and unique across sources, e.g. "page:42", "document:7"
    kind: str  # the source's kind, e.g. "practice"
    title: str
    url: str
    summary: str = ""  # teaser: weight B
    body: str = ""  # everything else worth finding: weight C
    city: str = ""  # city name, for the facet
    date: datetime.date | None = None
    tags: list[str] = field(default_factory=list)  # tag slugs
    extra: str = ""  # names and terms that should match but not show: weight D


@dataclass(frozen=True)
class SearchSource:
    kind: str
    label: str  # German plural shown as facet, e.g. "Praxisprofile"
    model: type[Model]
    to_entry: Callable[[Model], Entry | None]
    all_objects: Callable[[], Iterable[Model]]
    order: int = 100


_sources: dict[str, SearchSource] = {}


def page_is_findable(page):
    """Live and behind no view restriction of its own or of an ancestor.

    Reads the restricted paths cached by content version: asking Wagtail costs
    three queries per page, which dominated rebuilding the index.
    """
    if not page.live:
        return False
    return not page.path.startswith(tuple(restricted_page_paths()))


def register_search_source(source: SearchSource) -> None:
    _sources[source.kind] = source


def search_sources() -> list[SearchSource]:
    return sorted(_sources.values(), key=lambda source: source.order)


def source_for_model(model) -> SearchSource | None:
    for source in _sources.values():
        if issubclass(model, source.model):
            return source
    return None
