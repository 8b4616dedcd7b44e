"""What the network reports contribute to the portal search and the tag pages."""

from core.blocks import stream_text
from core.contract import Entry, tag_fields
from core.models.tags import entries_per_tag
from core.visibility import page_is_findable, public_pages_q

from .models import ArticlePage


def article_entry(page):
    if not page_is_findable(page):
        return None
    return Entry(
        key=f"page:{page.pk}",
        kind="article",
        title=page.title,
        url=page.get_url(),
        summary=page.teaser,
        body=stream_text(page.body),
        date=page.date,
        extra="\n".join(filter(None, [page.kind and page.kind.name, page.place])),
        **tag_fields(page.tags.all()),
    )


def all_articles():
    return ArticlePage.objects.live().public().select_related("kind")


def article_tag_counts():
    return entries_per_tag(ArticlePage.objects.live().filter(public_pages_q()))


def tagged_articles(tag):
    return (
        ArticlePage.objects.live()
        .filter(public_pages_q(), tagged_items__tag=tag)
        .order_by("-date", "title")
    )
