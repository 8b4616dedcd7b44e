"""What the portal app contributes to the portal search and the tag pages.

Nothing behind a view restriction (the member area, the private collection)
becomes an entry: `to_entry` returns None for it.
"""

from core.contract import Entry, page_is_findable
from core.visibility import public_pages_q


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


def all_articles():
    from core.models import ArticlePage

    return ArticlePage.objects.live().public().select_related("kind")


def all_standard_pages():
    from core.models import StandardPage

    return StandardPage.objects.live().public()


def tagged_articles(tag):
    from core.models import ArticlePage

    return (
        ArticlePage.objects.live()
        .filter(public_pages_q(), tagged_items__tag=tag)
        .order_by("-date", "title")
    )
