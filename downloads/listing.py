"""The downloads library's listing; core/listing.py has the rules it shares.

Beside the library's own documents it lists the files other kinds declare as
`library` (a dossier's PDF): their entries carry string keys in the index,
the documents their ids.
"""

import re

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.contract import declaring
from core.facetindex import FacetIndex, cached_index
from core.listing import Dimension, IndexedListing, KeywordMixin
from core.models import DocumentType, PortalDocument, TaggedDocument

MAX_SEARCH_HITS = 1000


class DocumentListing(KeywordMixin, IndexedListing):
    """Public documents by type, year, city and tag, with a text search."""

    dimensions = (
        Dimension("typ", _("Art"), "document_type", labels=dict(DocumentType.choices)),
        Dimension("jahr", _("Jahr"), "year", year=True),
        Dimension("stadt", _("Kommune"), "city__slug", "city__name"),
        Dimension(
            "thema",
            _("Schlagwort"),
            "tagged_items__tag__slug",
            "tagged_items__tag__name",
        ),
    )
    ordering = ("-year", "-created_at", "title")

    def get_base(self):
        return PortalDocument.objects.public()

    @cached_property
    def index(self):
        return cached_index("documents", lambda: build_document_index(self))

    @cached_property
    def contributed(self):
        """Other kinds' files by key, for the same content version as the index."""
        return cached_index("library-items", contributed_items)

    def load(self, ids):
        cards = PortalDocument.objects.select_related("city").prefetch_related("tags")
        documents = cards.in_bulk([pk for pk in ids if not isinstance(pk, str)])
        entries = (self.contributed.get(key) or documents.get(key) for key in ids)
        return [entry for entry in entries if entry is not None]

    @cached_property
    def restriction(self):
        words = re.findall(r"\w+", self.query)  # FTS syntax is no input
        if not words:
            return None
        hits = PortalDocument.objects.search(" ".join(words), operator="and")
        keys = [hit.pk for hit in hits[:MAX_SEARCH_HITS]]
        keys += [key for key, item in self.contributed.items() if matches(item, words)]
        return self.index.mask_of(keys)


def contributed_items():
    """The files other kinds add to the library, by key."""
    return {
        item.key: item
        for content_type in declaring("library")
        for item in content_type.library.items()
    }


def matches(item, words):
    """Every word occurs in the item's title, description or tags."""
    tags = " ".join(tag.name for tag in item.tags)
    text = f"{item.title} {item.kind_label} {item.description} {tags}".casefold()
    return all(word.casefold() in text for word in words)


def build_document_index(listing):
    """Facet bitsets of the public documents and contributed files, newest
    year first (documents without a year last)."""
    items = list(listing.contributed.values())
    # An uploaded dossier PDF is listed as the dossier's, not twice.
    documents = listing.base.exclude(
        pk__in=[item.document_id for item in items if item.document_id]
    ).order_by(*listing.ordering)
    rows = [
        (pk, kind, year, slug, name, created.date())
        for pk, kind, year, slug, name, created in documents.values_list(
            "pk", "document_type", "year", "city__slug", "city__name", "created_at"
        )
    ]
    rows += [
        (item.key, item.document_type, item.year, None, None, item.date)
        for item in items
    ]
    rows.sort(key=newest_first)  # stable: same year and day keep the title order
    tags = list(
        TaggedDocument.objects.filter(content_object__in=documents).values_list(
            "content_object_id", "tag__slug", "tag__name"
        )
    )
    tags += [(item.key, tag.slug, tag.name) for item in items for tag in item.tags]
    return FacetIndex.build(
        [row[0] for row in rows],
        {
            "typ": [(row[0], row[1], row[1]) for row in rows],
            "jahr": [(row[0], row[2], row[2]) for row in rows],
            "stadt": [(row[0], row[3], row[4]) for row in rows],
            "thema": tags,
        },
    )


def newest_first(row):
    year, day = row[2], row[5]
    return (year is None, -(year or 0), -(day.toordinal() if day else 0))
