from core.visibility import live_single, public_pages_q


def newest_articles(limit):
    from core.models import ArticlePage

    return (
        ArticlePage.objects.live()
        .filter(public_pages_q())
        .select_related("kind")
        .prefetch_related("tags")
        .order_by("-date", "title")[:limit]
    )


def article_index_url():
    from core.models import ArticleIndexPage

    index = live_single(ArticleIndexPage, public=False)
    return index.url if index else None
