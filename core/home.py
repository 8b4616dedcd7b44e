from django.utils.translation import gettext_lazy as _

from core.shared.home import HomeSection, register_home_section
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


def register():
    register_home_section(
        HomeSection(
            key="articles",
            heading=_("Aktuelles aus dem Netzwerk"),
            link_text=_("Alle Beiträge"),
            items=newest_articles,
            index_url=article_index_url,
            card_template="portal/includes/article_card.html",
            order=30,
        )
    )
