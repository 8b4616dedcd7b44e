"""What the content types contribute to the portal search.

Each kind declares a `SearchPart` in its `ContentType` (core.contract); the
search app never imports content apps. A source turns one object into an
`Entry` (or None when the object must not be found: draft, private, deleted)
and lists all its entries for a full rebuild.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import Model

from core.contract import Entry, declaring


@dataclass(frozen=True)
class SearchSource:
    kind: str
    label: str  # German plural shown as facet, e.g. "Praxisprofile"
    singular: str  # shown beside one hit, e.g. "Praxisprofil"
    model: type[Model]
    to_entry: Callable[[Model], Entry | None]
    all_objects: Callable[[], Iterable[Model]]


def search_sources() -> list[SearchSource]:
    return [
        SearchSource(
            kind=content_type.key,
            label=content_type.label,
            singular=content_type.singular,
            model=content_type.model,
            to_entry=content_type.search.to_entry,
            all_objects=content_type.search.all_objects,
        )
        for content_type in declaring("search")
    ]


def source_for_model(model) -> SearchSource | None:
    for source in search_sources():
        if issubclass(model, source.model):
            return source
    return None
