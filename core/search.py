"""What the portal app contributes to the portal search and the tag pages.

Nothing behind a view restriction (the member area, the private collection)
becomes an entry: `to_entry` returns None for it.
"""

import datetime

from django.utils.translation import gettext_lazy as _

from core.shared.tagging import TaggedSource, register_tagged_source
from core.visibility import public_pages_q
from search.registry import (
    Entry,
    SearchSource,
    page_is_findable,
    register_search_source,
)


def _stream_text(stream):
    return " ".join(stream.stream_block.get_searchable_content(stream))


def _tag_slugs(obj):
    return [tag.slug for tag in obj.tags.all()]


def article_entry(page):
    if not page_is_findable(page):
        return None
    return Entry(
        key=f"page:{page.pk}",
        kind="article",
        title=page.title,
        url=page.get_url(),
        summary=page.teaser,
        body=_stream_text(page.body),
        date=page.date,
        tags=_tag_slugs(page),
        extra=" ".join(filter(None, [page.kind.name if page.kind else "", page.place])),
    )


def standard_page_entry(page):
    if not page_is_findable(page):
        return None
    return Entry(
        key=f"page:{page.pk}",
        kind="page",
        title=page.title,
        url=page.get_url(),
        summary=page.intro,
        body=_stream_text(page.body),
        date=page.last_published_at.date() if page.last_published_at else None,
    )


def document_entry(document):
    if not type(document).objects.public().filter(pk=document.pk).exists():
        return None
    year = document.year
    return Entry(
        key=f"document:{document.pk}",
        kind="document",
        title=document.title,
        url=document.url,
        summary=document.description,
        body=document.extracted_text,
        city=document.city.name if document.city else "",
        date=datetime.date(year, 1, 1) if year else document.created_at.date(),
        tags=_tag_slugs(document),
        extra=" ".join(
            filter(None, [document.publisher, document.get_document_type_display()])
        ),
    )


def all_articles():
    from core.models import ArticlePage

    return ArticlePage.objects.live().public().select_related("kind")


def all_standard_pages():
    from core.models import StandardPage

    return StandardPage.objects.live().public()


def all_documents():
    from core.models import PortalDocument

    return PortalDocument.objects.public().select_related("city")


def tagged_articles(tag):
    from core.models import ArticlePage

    return (
        ArticlePage.objects.live()
        .filter(public_pages_q(), tagged_items__tag=tag)
        .order_by("-date", "title")
    )


def tagged_documents(tag):
    from core.models import PortalDocument

    return (
        PortalDocument.objects.public()
        .filter(tagged_items__tag=tag)
        .order_by("-year", "title")
    )


def register():
    from core.models import ArticlePage, PortalDocument, StandardPage

    for source in (
        SearchSource(
            "article", _("Berichte"), ArticlePage, article_entry, all_articles, 30
        ),
        SearchSource(
            "document",
            _("Downloads"),
            PortalDocument,
            document_entry,
            all_documents,
            50,
        ),
        SearchSource(
            "page",
            _("Seiten"),
            StandardPage,
            standard_page_entry,
            all_standard_pages,
            90,
        ),
    ):
        register_search_source(source)
    register_tagged_source(
        TaggedSource(
            key="articles",
            label=_("Berichte"),
            entries=tagged_articles,
            order=30,
            search_kind="article",
        )
    )
    register_tagged_source(
        TaggedSource(
            key="documents",
            label=_("Downloads"),
            entries=tagged_documents,
            order=50,
            search_kind="document",
            entry_template="portal/tag_entries/document.html",
        )
    )
