"""Network reports ("Aktuelles"): meetings, conferences, interviews.

The models moved here from the kernel (app label "portal") and keep their
tables; see core/moves.py.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import prepare_stream
from core.feeds import feed_links
from core.forms import tags_panel
from core.models import Tag, TopicsMixin
from core.serializers import TagSerializer
from core.visibility import CachedViewRestrictionsMixin

from .blocks import ArticleBodyBlock

__all__ = ["ArticleIndexPage", "ArticleKind", "ArticlePage", "TaggedArticle"]


class ArticleKind(models.Model):
    """What kind of report, e.g. "Großstadtnetzwerk" or "Interview"."""

    name = models.CharField(_("Name"), max_length=80, unique=True)
    slug = models.SlugField(
        _("Kürzel für Adressen"),
        max_length=80,
        unique=True,
        help_text=_("Klein geschrieben, ohne Umlaute, z. B. „fachtag“."),
    )
    is_event = models.BooleanField(
        _("Bericht von einer Veranstaltung"),
        default=False,
        help_text=_(
            "Ankreuzen für Treffen und Fachtage: Suchmaschinen erfahren dann "
            "Datum und Ort der Veranstaltung."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("is_event")]

    class Meta:
        db_table = "portal_articlekind"
        verbose_name = _("Beitragsart")
        verbose_name_plural = _("Beitragsarten")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ArticleKindSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()
    is_event = serializers.BooleanField()


class TaggedArticle(ItemBase):
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="articles")
    content_object = ParentalKey(
        "reports.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        db_table = "portal_taggedarticle"


class ArticleIndexPage(CachedViewRestrictionsMixin, Page):
    intro = RichTextField(
        _("Einleitung"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Steht über der Liste der Beiträge."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["reports.ArticlePage"]
    max_count = 1

    class Meta:
        db_table = "portal_articleindexpage"
        verbose_name = _("Beitragsübersicht")

    def feed_links(self):
        return feed_links("berichte")

    def get_context(self, request, *args, **kwargs):
        from reports.listing import ArticleListing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = ArticleListing(request, index_page=self)
        return context


class ArticlePage(CachedViewRestrictionsMixin, TopicsMixin, Page):
    """Beitrag: the report of a network meeting, a conference or an interview."""

    kind = models.ForeignKey(
        ArticleKind,
        verbose_name=_("Art"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text=_("Neue Arten legen Sie unter „Netzwerk › Beitragsarten“ an."),
    )
    date = models.DateField(
        _("Datum"),
        default=timezone.localdate,
        help_text=_("Tag der Veranstaltung oder des Gesprächs."),
    )
    place = models.CharField(
        _("Ort"),
        max_length=120,
        blank=True,
        help_text=_("z. B. „Augsburg“ oder „online“."),
    )
    teaser = models.TextField(
        _("Kurzbeschreibung"),
        max_length=300,
        help_text=_("Ein bis zwei Sätze für Listen und Suchtreffer (höchstens 300)."),
    )
    tags = ClusterTaggableManager(
        through=TaggedArticle,
        blank=True,
        verbose_name=_("Schlagwörter"),
        help_text=_(
            "Ansätze und Themen, z. B. „datenbasiert“ oder „Integrierte Planung“; "
            "mit Komma oder Eingabetaste trennen."
        ),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("date"), FieldPanel("place")]),
            ],
            heading=_("Einordnung"),
        ),
        FieldPanel("teaser"),
        tags_panel(),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("kind", serializer=ArticleKindSerializer()),
        APIField("date"),
        APIField("place"),
        APIField("teaser"),
        APIField("topics", serializer=TagSerializer(many=True)),
        APIField("body"),
    ]

    parent_page_types = ["reports.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        db_table = "portal_articlepage"
        verbose_name = _("Beitrag")
        verbose_name_plural = _("Beiträge")

    def feed_links(self):
        return feed_links("berichte")

    @classmethod
    def card_queryset(cls):
        """What an article card shows (reports/includes/article_card.html)."""
        return cls.objects.select_related("kind").prefetch_related("tags")

    @classmethod
    def api_optimise(cls, queryset):
        return queryset.select_related("kind").prefetch_related("tagged_items__tag")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(prepare_stream(self.body))
        return context
