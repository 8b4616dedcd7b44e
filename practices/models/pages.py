from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import LinkBlock
from core.cache import depend_on_pages
from core.facetindex import in_order
from core.feeds import feed_links
from core.forms import tags_panel
from core.fragments import CARD_KEY_FIELDS, CachedBodyMixin
from core.models import Person, Tag, TopicsMixin
from core.panels import NamedInlinePanel
from core.serializers import (
    CitySerializer,
    ContactSerializer,
    PersonSerializer,
    TagSerializer,
)
from core.visibility import (
    CachedViewRestrictionsMixin,
    page_is_findable,
    public_pages_q,
)

from ..forms import PracticePageForm
from .relations import TaggedPractice

__all__ = ["CityPage", "PracticeIndexPage", "PracticePage", "PracticeStatus"]

SECTION_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "lang-en"]
RELATED_PRACTICES_SHOWN = 3
# What the related practices show of each (practice_page_body.html): their
# long texts stay in the database.
RELATED_FIELDS = ("title", "teaser", "path", "url_path", "live", "city__name")
CITY_PRACTICES_PER_PAGE = 24


class PracticeStatus(models.TextChoices):
    PLANNED = "geplant", _("geplant")
    RUNNING = "laufend", _("laufend")
    COMPLETED = "abgeschlossen", _("abgeschlossen")


class PracticeIndexPage(CachedViewRestrictionsMixin, Page):
    intro = RichTextField(
        _("Einleitung"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Steht über der Liste der Praxisprofile."),
    )
    network_contact = models.ForeignKey(
        "portal.Person",
        verbose_name=_("Ansprechperson im Netzwerk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Steht unter der Liste; Personen pflegen Sie unter „Netzwerk“."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("network_contact"),
    ]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["practices.CityPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Praxisübersicht")

    def feed_links(self):
        return feed_links("praxisprofile")

    def contact_person_ids(self):
        """Whom visitors may write to from this page (the contacts app asks)."""
        return {self.network_contact_id} if self.network_contact_id else set()

    def get_context(self, request, *args, **kwargs):
        from practices.listing import PracticeListing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = PracticeListing(request, index_page=self)
        return context


class CityPage(CachedViewRestrictionsMixin, CachedBodyMixin, Page):
    # Lists only its own children, which invalidate it when they change.
    shows_listings = False
    body_query_parameters = ("page",)

    city = models.OneToOneField(
        "portal.City",
        verbose_name=_("Mitgliedskommune"),
        on_delete=models.PROTECT,
        related_name="page",
        help_text=_("Bundesland, Einwohnerzahl und Logo kommen aus diesem Eintrag."),
    )
    intro = RichTextField(
        _("Einleitung"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Wie die Kommune Bildungsplanung organisiert, in wenigen Sätzen."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("city"),
        FieldPanel("intro"),
        NamedInlinePanel(
            "contacts", heading=_("Ansprechpersonen"), label=_("Ansprechperson")
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.RelatedFields("city", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("city", serializer=CitySerializer()),
        APIField("intro"),
        APIField("contacts", serializer=ContactSerializer(many=True)),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = ["practices.PracticePage"]

    class Meta:
        verbose_name = _("Kommunenseite")
        verbose_name_plural = _("Kommunenseiten")

    def feed_links(self):
        return feed_links(city=self.city)

    def contact_person_ids(self):
        """Whom visitors may write to from this page (the contacts app asks)."""
        return set(self.contacts.values_list("person_id", flat=True))

    @classmethod
    def api_optimise(cls, queryset):
        return queryset.select_related("city__page").prefetch_related(
            "contacts__person__city"
        )

    def get_body_context(self, request):
        practices = (
            PracticePage.objects.child_of(self)
            .live()
            .filter(public_pages_q())
            # The cards are kept (core.fragments): rows for what is not.
            .only(*CARD_KEY_FIELDS)
            .order_by("title")
        )
        page_obj = Paginator(practices, CITY_PRACTICES_PER_PAGE).get_page(
            request.GET.get("page")
        )
        return {
            "page_obj": page_obj,
            "practices": page_obj.object_list,
            "contacts": self.contacts.select_related("person__city", "person__photo"),
        }


class PracticePage(
    CachedViewRestrictionsMixin, CachedBodyMixin, RoutablePageMixin, TopicsMixin, Page
):
    """Praxisprofil: how a member city works, told so others can learn from it."""

    # The page cache keeps it through other publishes; it depends on the pages it
    # shows. Practices newly sharing its tags join "related" within the cache
    # timeout, so that one publish does not empty the cache of every practice.
    shows_listings = False
    # Read with the page when it is served (core.models.pages.HomePage.route).
    route_select_related = (
        "quote_person__city",
        "quote_person__photo",
        "hero_image",
        "city__page",  # the parent city page (city_page)
    )

    city = models.ForeignKey(
        "portal.City",
        verbose_name=_("Kommune"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="practices",
    )
    teaser = models.TextField(
        _("Kurzbeschreibung"),
        max_length=300,
        help_text=_("Ein bis zwei Sätze für Listen und Suchtreffer (höchstens 300)."),
    )
    hero_image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("Titelbild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Querformat, mindestens 1400 Pixel breit. Bildbeschreibung, Urheber und "
            "Lizenz pflegen Sie am Bild selbst."
        ),
    )
    quote_text = models.TextField(
        _("Zitat"),
        max_length=600,
        blank=True,
        help_text=_("Ein wörtliches Zitat ohne Anführungszeichen (höchstens 600)."),
    )
    quote_person = models.ForeignKey(
        "portal.Person",
        verbose_name=_("Zitiert wird"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Name, Funktion und Kommune erscheinen unter dem Zitat."),
    )
    situation = RichTextField(
        _("Ausgangslage"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("Welches Problem oder welcher Anlass stand am Anfang?"),
    )
    procedure = RichTextField(
        _("Vorgehen"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("Wer hat was in welchen Schritten getan?"),
    )
    results = RichTextField(
        _("Ergebnisse"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("Was hat sich verändert? Zahlen, Instrumente, Produkte."),
    )
    success_factors = RichTextField(
        _("Gelingensbedingungen und Stolpersteine"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("Was hat geholfen, was hat gebremst?"),
    )
    transferability = RichTextField(
        _("Übertragbarkeit"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("Was brauchen andere Kommunen, um es nachzumachen?"),
    )
    status = models.CharField(
        _("Status"),
        max_length=16,
        choices=PracticeStatus.choices,
        default=PracticeStatus.RUNNING,
        help_text=_("Wird in der Liste gefiltert und im Steckbrief gezeigt."),
    )
    start_year = models.PositiveSmallIntegerField(
        _("Beginn (Jahr)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("Vierstellig, z. B. 2021."),
    )
    end_year = models.PositiveSmallIntegerField(
        _("Ende (Jahr)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("Leer lassen, solange die Praxis läuft."),
    )
    approaches = ParentalManyToManyField(
        "portal.Tag",
        verbose_name=_("Ansätze"),
        related_name="approach_practices",
        limit_choices_to={"kind": Tag.Kind.APPROACH},
        help_text=_(
            "Mindestens ein Ansatz; ohne ihn kann nicht veröffentlicht werden."
        ),
    )
    tags = ClusterTaggableManager(
        through=TaggedPractice,
        blank=True,
        verbose_name=_("Themen"),
        help_text=_(
            "Themen wie „Bildungsmonitoring“ oder „Integrierte Planung“; mit Komma "
            "oder Eingabetaste trennen."
        ),
    )
    further_links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("Weiterführende Informationen"),
        blank=True,
        help_text=_("Links zu Berichten, Beschlüssen oder Websites der Kommune."),
    )
    last_reviewed = models.DateField(
        _("Zuletzt geprüft am"),
        null=True,
        blank=True,
        help_text=_("Wann die Kommune das Profil zuletzt auf Aktualität geprüft hat."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("teaser"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [FieldPanel("quote_text"), FieldPanel("quote_person")],
            heading=_("Zitat"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("situation"),
                FieldPanel("procedure"),
                FieldPanel("results"),
                FieldPanel("success_factors"),
                FieldPanel("transferability"),
            ],
            heading=_("Praxisbericht"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("approaches", widget=forms.CheckboxSelectMultiple),
                tags_panel(),
            ],
            heading=_("Einordnung"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("status"),
                FieldPanel("last_reviewed"),
            ],
            heading=_("Zeitraum und Status"),
        ),
        NamedInlinePanel(
            "departments",
            heading=_("Beteiligte Fachbereiche"),
            label=_("Fachbereich"),
        ),
        NamedInlinePanel(
            "contacts", heading=_("Ansprechpersonen"), label=_("Ansprechperson")
        ),
        NamedInlinePanel("downloads", heading=_("Downloads"), label=_("Download")),
        FieldPanel("further_links"),
        NamedInlinePanel(
            "related_practice_links",
            heading=_("Verwandte Praxisprofile"),
            label=_("Verwandtes Praxisprofil"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("quote_text"),
        index.SearchField("situation"),
        index.SearchField("procedure"),
        index.SearchField("results"),
        index.SearchField("success_factors"),
        index.SearchField("transferability"),
        index.FilterField("status"),
        index.FilterField("city"),
        index.RelatedFields("city", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("city", serializer=CitySerializer()),
        APIField("teaser"),
        APIField("status"),
        APIField("start_year"),
        APIField("end_year"),
        APIField("last_reviewed"),
        APIField("approaches", serializer=TagSerializer(many=True)),
        APIField("topics", serializer=TagSerializer(many=True)),
        APIField("departments", serializer=serializers.StringRelatedField(many=True)),
        APIField("contacts", serializer=ContactSerializer(many=True)),
        APIField("quote_text"),
        APIField("quote_person", serializer=PersonSerializer()),
        APIField("situation"),
        APIField("procedure"),
        APIField("results"),
        APIField("success_factors"),
        APIField("transferability"),
        APIField("hero_image"),
    ]

    base_form_class = PracticePageForm

    parent_page_types = ["practices.CityPage"]
    subpage_types = []
    # What a teaser of this page shows; prepare_stream fetches it in advance.
    teaser_relations = ("city", "approaches", "tags")

    class Meta:
        verbose_name = _("Praxisprofil")
        verbose_name_plural = _("Praxisprofile")

    def feed_links(self):
        _ = self.city_page  # joins the city: reading it then asks nothing more
        return feed_links("praxisprofile", city=self.city)

    def contact_person_ids(self):
        """Whom visitors may write to from this page (the contacts app asks)."""
        return set(self.contacts.values_list("person_id", flat=True))

    @classmethod
    def api_optimise(cls, queryset):
        return queryset.select_related(
            "city__page", "quote_person__city", "hero_image"
        ).prefetch_related(
            "approaches", "tagged_items__tag", "departments", "contacts__person__city"
        )

    def clean(self):
        super().clean()
        errors = {}
        if self.start_year and self.end_year and self.end_year < self.start_year:
            errors["end_year"] = _("Das Ende darf nicht vor dem Beginn liegen.")
        if self.quote_text and not self.quote_person_id:
            # A quote stands only with its speaker.
            errors["quote_person"] = _("Wählen Sie die Person, die zitiert wird.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        parent = self.get_parent() if self.path else None
        if parent and parent.specific_class is CityPage:
            self.city_id = parent.specific.city_id
        return super().save(*args, **kwargs)

    @classmethod
    def card_queryset(cls):
        """What a practice card shows (components/practice_card.html)."""
        return cls.objects.select_related("city").prefetch_related("approaches")

    @property
    def reviewed_on(self):
        """When the city last confirmed the profile; until then, its publication."""
        if self.last_reviewed:
            return self.last_reviewed
        if self.first_published_at:
            return timezone.localdate(self.first_published_at)
        return None

    @property
    def period(self):
        if self.start_year and self.end_year:
            return f"{self.start_year}–{self.end_year}"
        if self.start_year:
            return _("seit %(year)s") % {"year": self.start_year}
        return ""

    @property
    def sections(self):
        return [
            (_("Ausgangslage"), self.situation),
            (_("Vorgehen"), self.procedure),
            (_("Ergebnisse"), self.results),
            (_("Gelingensbedingungen und Stolpersteine"), self.success_factors),
            (_("Übertragbarkeit"), self.transferability),
        ]

    @cached_property
    def approach_list(self):
        return list(self.approaches.all())

    @cached_property
    def topic_list(self):
        return list(self.tags.all())

    @cached_property
    def city_page(self):
        """The parent city page, with the city joined (one query instead of two;
        none where the route read the page)."""
        parent_path = self.path[: -self.steplen]
        city = self.city if PracticePage.city.is_cached(self) else None
        if city is not None and type(city).page.is_cached(city):
            joined = getattr(city, "page", None)  # None: the city has no page
            if joined is not None and joined.path == parent_path:
                return joined
        city_page = CityPage.objects.select_related("city").filter(path=parent_path)
        city_page = city_page.first()
        if city_page and city_page.city_id == self.city_id:
            self.city = city_page.city
        return city_page

    def related_practices(self):
        links = self.related_practice_links.select_related("related__city").only(
            "page", "related", "sort_order", *(f"related__{f}" for f in RELATED_FIELDS)
        )
        links = list(links)
        # Chosen drafts too: publishing one shows it here.
        depend_on_pages(link.related for link in links)
        chosen = [link.related for link in links if link.related.live]
        chosen = chosen[:RELATED_PRACTICES_SHOWN]
        missing = RELATED_PRACTICES_SHOWN - len(chosen)
        if missing <= 0:
            return chosen
        from practices.listing import practice_facet_index_below

        # Scored on the listing's bitsets: every visible practice, by tags
        # shared, then newest first, with no query.
        index = practice_facet_index_below(self.path[: -2 * self.steplen])
        ids = index.most_shared(
            [("ansatz", tag.slug) for tag in self.approach_list]
            + [("thema", tag.slug) for tag in self.topic_list],
            exclude=[self.pk, *(page.pk for page in chosen)],
            limit=missing,
        )
        shared = PracticePage.objects.select_related("city").only(*RELATED_FIELDS)
        return chosen + in_order(shared, ids)

    def route(self, request, path_components):
        # Sub-routes (the PDF) are for public pages only: 404, no login detour.
        if path_components and not page_is_findable(self):
            raise Http404
        return super().route(request, path_components)

    @path("pdf/", name="pdf")
    def pdf(self, request):
        from practices.pdf import pdf_response

        return pdf_response(request, self)

    @property
    def pdf_url(self):
        return (self.get_url() or "") + self.reverse_subpage("pdf")

    def get_body_context(self, request):
        if self.quote_person_id and not PracticePage.quote_person.is_cached(self):
            person = Person.objects.select_related("city", "photo")
            if quoted := person.filter(pk=self.quote_person_id).first():
                self.quote_person = quoted
        related_practices = self.related_practices()
        depend_on_pages(related_practices)
        return {
            "contacts": self.contacts.select_related("person__city", "person__photo"),
            "downloads": self.downloads.select_related("document"),
            "related_practices": related_practices,
        }
