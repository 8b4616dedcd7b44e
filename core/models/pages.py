from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseContentBlock
from core.contract import declaring
from core.feeds import feed_links
from core.fragments import CachedBodyMixin
from core.visibility import CachedViewRestrictionsMixin

from .tags import Tag

__all__ = ["HomePage", "StandardPage"]

INTRO_FEATURES = ["bold", "italic", "link", "lang-en"]


def _live_page_at(url_path):
    """The live page at `url_path`, of its own type, with what its type serves
    beside it (`route_select_related`) in the same query."""
    # Unordered: the URL path is unique, and sorting by tree path would let the
    # database walk the tree instead of using the path index.
    found = Page.objects.live().filter(url_path=url_path).order_by()
    row = next(iter(found.values_list("pk", "content_type_id")[:1]), None)
    model = ContentType.objects.get_for_id(row[1]).model_class() if row else None
    if model is None:
        return None
    related = getattr(model, "route_select_related", ())
    return model.objects.select_related(*related).filter(pk=row[0]).first()


class HomePage(CachedViewRestrictionsMixin, CachedBodyMixin, Page):
    hero_heading = models.CharField(
        _("Leitüberschrift"),
        max_length=120,
        help_text=_("Die Hauptüberschrift der Startseite."),
    )
    intro = RichTextField(
        _("Einleitung"),
        features=INTRO_FEATURES,
        help_text=_("Zwei bis drei Sätze über das Netzwerk."),
    )
    approaches_heading = models.CharField(
        _("Überschrift der Ansätze"),
        max_length=120,
        default="Drei Ansätze integrierter Bildungsplanung",
    )
    approaches_intro = models.TextField(
        _("Einleitung der Ansätze"),
        blank=True,
        help_text=_("Die Ansätze selbst pflegen Sie unter „Schlagwörter“."),
    )
    body = StreamField(BaseContentBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("intro")], heading=_("Kopfbereich")
        ),
        MultiFieldPanel(
            [FieldPanel("approaches_heading"), FieldPanel("approaches_intro")],
            heading=_("Ansätze"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    # No subpage_types: each section names the home page as its parent, so
    # the home page need not know the content apps.
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("Startseite")

    def route(self, request, path_components):
        # One lookup by URL path instead of one query per tree level.
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = _live_page_at(url_path)
            if page is not None:
                # Its own route: a RoutablePageMixin page serves its main view.
                return page.route(request, [])
        return super().route(request, path_components)

    def feed_links(self):
        return feed_links()

    def get_body_context(self, request):
        return {
            "approaches": Tag.objects.approaches(),
            "sections": [
                {
                    "key": kind.key,
                    "section": kind.home,
                    "items": items,
                    "url": kind.home.index_url(),
                }
                for kind in declaring("home")
                if (items := list(kind.home.items(kind.home.limit)))
            ],
        }


class StandardPage(CachedViewRestrictionsMixin, Page):
    """Simple content pages: Impressum, Datenschutz, Barrierefreiheit, about."""

    shows_listings = False  # the page cache keeps it through other publishes

    intro = models.TextField(_("Einleitung"), blank=True)
    body = StreamField(BaseContentBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")
