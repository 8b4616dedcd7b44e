"""The network reports as the portal's content type."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.views.snippets import SnippetViewSet

from core.contract import (
    AlertPart,
    ContentType,
    Demo,
    HomeSection,
    SearchPart,
    StructuredData,
    TagListing,
)

from . import demo, figures, home, search, structured_data
from .feeds import ArticleFeed
from .models import ArticleKind, ArticlePage


class ArticleKindViewSet(SnippetViewSet):
    model = ArticleKind
    icon = "list-ul"
    menu_label = _("Beitragsarten")
    list_display = ["name", "slug"]
    search_fields = ["name"]


@hooks.register("register_content_type")
def article():
    return ContentType(
        key="article",
        label=_("Berichte"),
        singular=_("Bericht"),
        model=ArticlePage,
        order=40,
        search=SearchPart(search.article_entry, search.all_articles),
        tag_listing=TagListing(search.tagged_articles, search.article_tag_counts),
        home=HomeSection(
            heading=_("Aktuelles aus dem Netzwerk"),
            link_text=_("Alle Beiträge"),
            items=home.newest_articles,
            index_url=home.article_index_url,
            card_template="reports/includes/article_card.html",
        ),
        feed=ArticleFeed,
        structured_data=StructuredData(structured_data.article_data, "article"),
        key_figures=figures.KEY_FIGURES,
        demo=Demo(load=demo.load, finish=demo.finish),
        stylesheets=("reports/css/reports.css",),
        snippets=(ArticleKindViewSet,),
        alerts=AlertPart(tags=lambda page: page.tags.all()),
    )
