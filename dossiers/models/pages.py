import hashlib
import json
from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from core.cache import depend_on_pages
from core.feeds import feed_links
from core.forms import tags_panel
from core.fragments import CARD_KEY_FIELDS, CachedBodyMixin, render_cards
from core.models import Tag, TopicsMixin
from core.serializers import TagSerializer
from core.visibility import CachedViewRestrictionsMixin, public_pages_q
from practices.models import PracticePage

from ..blocks import ChapterBlock
from .api import DossierPdfSerializer, EmbeddedPracticeSerializer
from .relations import DossierPractice, TaggedDossier

__all__ = ["Chapter", "DossierIndexPage", "DossierPage"]

INTRO_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "lang-en"]
DOSSIERS_PER_PAGE = 12


def with_cover_renditions():
    return Prefetch(
        "cover_image", queryset=get_image_model().objects.prefetch_renditions()
    )


class DossierIndexPage(CachedViewRestrictionsMixin, Page):
    intro = RichTextField(
        _("Einleitung"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Steht über der Liste der Themendossiers."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["dossiers.DossierPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Dossierübersicht")

    def feed_links(self):
        return feed_links("themendossiers")

    def dossiers(self):
        return (
            DossierPage.card_queryset()
            .child_of(self)
            .live()
            .filter(public_pages_q())
            .order_by("-publication_date", "-issue_number")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.dossiers(), DOSSIERS_PER_PAGE)
        context["page_obj"] = paginator.get_page(request.GET.get("page"))
        context["any_in_print"] = any(
            dossier.in_stock for dossier in context["page_obj"]
        )
        return context


def chosen_in(chapter_blocks):
    """The practices the chapters choose, drafts among them."""
    return [
        practice
        for block in chapter_blocks
        for practice in block.value["practices"]
        if practice is not None
    ]


def live_practices_in(chapter_blocks, practices):
    """The chapters' practices that readers may see, by id, read by `practices`."""
    ids = {practice.pk for practice in chosen_in(chapter_blocks)}
    return practices.live().filter(public_pages_q()).filter(pk__in=ids).in_bulk()


def people_in(chapter_blocks):
    """The persons quoted or writing in the chapters, to load their details at once."""
    return [
        child.value["person"]
        for block in chapter_blocks
        for child in block.value["content"] or []
        if child.block_type in ("quote", "expert") and child.value.get("person")
    ]


@dataclass
class Chapter:
    number: int
    title: str
    content: object
    practices: list = field(default_factory=list)
    cards: list = field(default_factory=list)  # rendered, for the web page

    @property
    def anchor(self):
        return f"kapitel-{self.number}"


class DossierPage(CachedViewRestrictionsMixin, CachedBodyMixin, TopicsMixin, Page):
    """Themendossier: an issue that bundles practices around one topic."""

    # The page cache keeps it through other publishes; it depends on its practices.
    shows_listings = False
    # Read with the page when it is served (core.models.pages.HomePage.route).
    route_select_related = (
        "print_stock",
        "generated_pdf",
        "pdf_document__collection",
        "cover_image",
    )

    issue_number = models.PositiveSmallIntegerField(
        _("Ausgabe"),
        validators=[MinValueValidator(1), MaxValueValidator(999)],
        help_text=_("Die laufende Nummer, z. B. 1 für „Themendossier 1“."),
    )
    subtitle = models.CharField(_("Untertitel"), max_length=200, blank=True)
    publication_date = models.DateField(_("Erscheinungsdatum"), default=timezone.now)
    cover_image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("Titelbild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Hochformat wirkt am besten; es erscheint auch auf dem PDF."),
    )
    intro = RichTextField(
        _("Editorial"),
        features=INTRO_FEATURES,
        help_text=_("Worum es in dieser Ausgabe geht, in wenigen Absätzen."),
    )
    chapters = StreamField(
        [("chapter", ChapterBlock())], verbose_name=_("Kapitel"), blank=True
    )
    approaches = ParentalManyToManyField(
        "portal.Tag",
        verbose_name=_("Ansätze"),
        related_name="approach_dossiers",
        limit_choices_to={"kind": Tag.Kind.APPROACH},
        blank=True,
    )
    tags = ClusterTaggableManager(
        through=TaggedDossier,
        blank=True,
        verbose_name=_("Themen"),
        help_text=_(
            "Themen wie „Bildungsmonitoring“ oder „Integrierte Planung“; mit Komma "
            "oder Eingabetaste trennen."
        ),
    )
    pdf_document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("Eigenes PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Ein hochgeladenes PDF ersetzt das PDF, das das Portal beim "
            "Veröffentlichen aus dem Inhalt erzeugt."
        ),
    )
    print_available = models.BooleanField(
        _("Als Druckausgabe bestellbar"),
        default=False,
        help_text=_("Den Lagerbestand pflegt der Versand unter „Lagerbestand“."),
    )
    max_per_order = models.PositiveSmallIntegerField(
        _("Höchstens Exemplare je Bestellung"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("issue_number"), FieldPanel("publication_date")]
                ),
                FieldPanel("subtitle"),
                FieldPanel("cover_image"),
            ],
            heading=_("Ausgabe"),
        ),
        FieldPanel("intro"),
        FieldPanel("chapters"),
        MultiFieldPanel(
            [
                FieldPanel("approaches", widget=forms.CheckboxSelectMultiple),
                tags_panel(),
            ],
            heading=_("Einordnung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("pdf_document"),
                FieldRowPanel(
                    [FieldPanel("print_available"), FieldPanel("max_per_order")]
                ),
            ],
            heading=_("PDF und Druckausgabe"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("intro"),
        index.SearchField("chapters"),
        index.FilterField("publication_date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("issue_number"),
        APIField("subtitle"),
        APIField("publication_date"),
        APIField("cover_image"),
        APIField("intro"),
        APIField("approaches", serializer=TagSerializer(many=True)),
        APIField("topics", serializer=TagSerializer(many=True)),
        APIField("pdf", serializer=DossierPdfSerializer(source="download")),
        APIField("print_available"),
        APIField(
            "practices",
            serializer=EmbeddedPracticeSerializer(many=True, source="public_practices"),
        ),
    ]

    parent_page_types = ["dossiers.DossierIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Themendossier")
        verbose_name_plural = _("Themendossiers")

    def feed_links(self):
        return feed_links("themendossiers")

    @classmethod
    def card_queryset(cls):
        """What a dossier card shows (dossiers/includes/dossier_card.html)."""
        return cls.objects.select_related(
            "print_stock", "pdf_document__collection", "generated_pdf"
        ).prefetch_related("approaches", "tagged_items__tag", with_cover_renditions())

    @classmethod
    def api_optimise(cls, queryset):
        return queryset.select_related(
            "pdf_document__collection", "generated_pdf", "cover_image"
        ).prefetch_related("approaches", "tagged_items__tag")

    def clean(self):
        super().clean()
        taken = DossierPage.objects.filter(issue_number=self.issue_number)
        if self.issue_number and taken.exclude(pk=self.pk).exists():
            raise ValidationError(
                {"issue_number": _("Diese Ausgabennummer ist bereits vergeben.")}
            )

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # Saving a draft writes only revision bookkeeping; publishing saves all.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "chapters" in update_fields:
            DossierPractice.sync(self, self.chapter_practice_ids())
            self.ensure_print_stock()
        return result

    def ensure_print_stock(self):
        from .printing import PrintStock

        PrintStock.objects.get_or_create(dossier=self)

    @property
    def label(self):
        return _("Themendossier %(number)s") % {"number": self.issue_number}

    @property
    def full_title(self):
        return f"{self.label}: {self.title}"

    @property
    def teaser(self):
        return self.subtitle

    def public_practices(self):
        """The embedded practices readers may see, in chapter order."""
        return (
            PracticePage.objects.live()
            .filter(public_pages_q(), dossier_links__dossier=self)
            .select_related("city")
            .order_by("dossier_links__chapter", "title")
        )

    def embedded_fingerprint(self):
        """What the generated PDF shows: this revision and its readable practices.

        One query; a PDF stored under another fingerprint embeds something that
        was since changed, unpublished, restricted, moved away or deleted.
        """
        practices = (
            PracticePage.objects.live()
            .filter(public_pages_q(), dossier_links__dossier=self)
            .order_by("pk")
            .values_list("pk", "live_revision_id")
        )
        content = json.dumps([self.live_revision_id, list(practices)])
        return hashlib.sha256(content.encode()).hexdigest()

    @property
    def stock(self):
        stock = getattr(self, "print_stock", None)
        return stock.stock if stock else 0

    @property
    def in_stock(self):
        return self.print_available and self.stock > 0

    @property
    def sold_out(self):
        return self.print_available and self.stock <= 0

    @property
    def order_limit(self):
        return min(self.max_per_order, self.stock)

    @cached_property
    def download(self):
        """The PDF readers get: an uploaded one wins over the generated one."""
        from .printing import PdfDownload

        return PdfDownload.for_dossier(self)

    def chapter_practice_ids(self):
        return [
            (number, practice.pk)
            for number, block in enumerate(self.chapters, start=1)
            for practice in block.value["practices"]
            if practice is not None
        ]

    def chapter_list(self):
        """Chapters with their live practices, in a constant number of queries,
        read once per instance: the page's head and body both show them. The
        practices are read for their cards, which are kept (core.fragments)."""
        # Chosen drafts too: publishing one adds it here. Recorded on each call,
        # for the head and the body are kept apart (core.fragments).
        depend_on_pages(chosen_in(self.chapters))
        return self._chapters

    @cached_property
    def _chapters(self):
        return self._chapters_with(PracticePage.objects.only(*CARD_KEY_FIELDS, "title"))

    def print_chapters(self):
        """Chapters with all that the printed dossier shows of each practice."""
        return self._chapters_with(
            PracticePage.objects.select_related(
                "city", "quote_person__city"
            ).prefetch_related("approaches", "departments")
        )

    def _chapters_with(self, practices):
        blocks = list(self.chapters)
        practices = live_practices_in(blocks, practices)
        prefetch_related_objects(people_in(blocks), "city", "photo")
        return [
            Chapter(
                number=number,
                title=block.value["title"],
                content=block.value["content"],
                practices=[
                    practices[practice.pk]
                    for practice in block.value["practices"]
                    if practice is not None and practice.pk in practices
                ],
            )
            for number, block in enumerate(blocks, start=1)
        ]

    def prefetch_shown(self):
        """Its tags and cover, read once for the head and the body."""
        prefetch_related_objects(
            [self], "approaches", "tagged_items__tag", with_cover_renditions()
        )

    def get_body_context(self, request):
        self.prefetch_shown()
        chapters = self.chapter_list()
        # Every chapter's cards at once: those not kept are read in one go.
        practices = list({p.pk: p for c in chapters for p in c.practices}.values())
        cards = render_cards(
            request,
            practices,
            "components/practice_card.html",
            "practice",
            heading_level="h4",
        )
        card_of = dict(zip((p.pk for p in practices), cards, strict=True))
        for chapter in chapters:
            chapter.cards = [card_of[p.pk] for p in chapter.practices]
        return {"chapters": chapters}
