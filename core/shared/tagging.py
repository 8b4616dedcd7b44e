"""Each content app registers what it contributes to the tag pages."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.functional import cached_property


@dataclass(frozen=True)
class TaggedSource:
    key: str
    label: str
    entries: Callable[[object], QuerySet]
    order: int = 100
    # The search kind whose result list shows all entries of a tag.
    search_kind: str = ""
    # Renders one entry as a card; the default links pages with {% pageurl %}.
    entry_template: str = "portal/tag_entries/page.html"
    # The URL of the source's own listing filtered by the tag, or "" if none.
    filter_url: Callable[[object], str] | None = None


_sources: dict[str, TaggedSource] = {}


def register_tagged_source(source: TaggedSource) -> None:
    _sources[source.key] = source


def tagged_sources() -> list[TaggedSource]:
    return sorted(_sources.values(), key=lambda source: source.order)


class TopicsMixin:
    """`topics`: a page's tags by name, from a prefetch of `tagged_items__tag`
    where listings made one, else in one query."""

    @cached_property
    def topics(self):
        if "tagged_items" in getattr(self, "_prefetched_objects_cache", {}):
            tags = [item.tag for item in self.tagged_items.all()]
        else:
            tags = list(self.tags.all())
        return sorted(tags, key=lambda tag: tag.name)
