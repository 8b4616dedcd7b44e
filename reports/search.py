"""What the network reports contribute to the portal search and the tag pages."""

from django.db.models import Count

from core.contract import Entry
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
        body=" ".join(page.body.stream_block.get_searchable_content(page.body)),
        date=page.date,
        tags=[tag.slug for tag in page.tags.all()],
        extra=" ".join(filter(None, [page.kind.name if page.kind else "", page.place])),
    )


def all_articles():
    return ArticlePage.objects.live().public().select_related("kind")


def article_tag_counts():
    public = ArticlePage.objects.live().filter(public_pages_q())
    rows = (
        public.filter(tagged_items__isnull=False)
        .values("tagged_items__tag__slug")
        .annotate(entries=Count("pk", distinct=True))
    )
    return {row["tagged_items__tag__slug"]: row["entries"] for row in rows}


def tagged_articles(tag):
    return (
        ArticlePage.objects.live()
        .filter(public_pages_q(), tagged_items__tag=tag)
        .order_by("-date", "title")
    )
