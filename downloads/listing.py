"""The downloads library's listing; core/listing.py has the rules it shares."""

import re

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.facetindex import FacetIndex, cached_index, in_order
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

    def load(self, ids):
        cards = PortalDocument.objects.select_related("city").prefetch_related("tags")
        return in_order(cards, ids)

    @cached_property
    def restriction(self):
        terms = " ".join(re.findall(r"\w+", self.query))  # FTS syntax is no input
        if not terms:
            return None
        hits = PortalDocument.objects.search(terms, operator="and")
        return self.index.mask_of(hit.pk for hit in hits[:MAX_SEARCH_HITS])


def build_document_index(listing):
    """Facet bitsets of the public documents, newest year first."""
    documents = listing.base.order_by(*listing.ordering)
    rows = list(
        documents.values_list("pk", "document_type", "year", "city__slug", "city__name")
    )
    tags = TaggedDocument.objects.filter(content_object__in=listing.base).values_list(
        "content_object_id", "tag__slug", "tag__name"
    )
    return FacetIndex.build(
        [row[0] for row in rows],
        {
            "typ": [(row[0], row[1], row[1]) for row in rows],
            "jahr": [(row[0], row[2], row[2]) for row in rows],
            "stadt": [(row[0], row[3], row[4]) for row in rows],
            "thema": tags,
        },
    )
