"""The newest reports on the home page, and where the section links to."""

from core.fragments import CARD_KEY_FIELDS
from core.visibility import live_single, public_pages_q

from .models import ArticleIndexPage, ArticlePage


def newest_articles(limit):
    return (
        # The cards are kept (core.fragments): rows for what is not.
        ArticlePage.objects.live()
        .filter(public_pages_q())
        .only(*CARD_KEY_FIELDS)
        .order_by("-date", "title")[:limit]
    )


def article_index_url():
    index = live_single(ArticleIndexPage, public=False)
    return index.url if index else None
