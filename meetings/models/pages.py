"""Network meetings: the listing at /veranstaltungen/ and one page per meeting."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.forms import tags_panel
from core.models import HttpsURLField, Tag, TopicsMixin
from core.serializers import TagSerializer
from core.visibility import CachedViewRestrictionsMixin, page_is_findable

from ..blocks import ProgrammeBlock

__all__ = ["MeetingIndexPage", "MeetingKind", "MeetingPage", "TaggedMeeting"]

# Paths below /veranstaltungen/ that the registration views use.
RESERVED_SLUGS = {"anmeldung"}


class MeetingKind(models.TextChoices):
    NETWORK = "netzwerktreffen", _("Netzwerktreffen")
    CONFERENCE = "fachtag", _("Fachtag")
    WORKSHOP = "werkstatt", _("Werkstatt")
    ONLINE = "online-format", _("Online-Format")


class TaggedMeeting(ItemBase):
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="meetings")
    content_object = ParentalKey(
        "meetings.MeetingPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class MeetingIndexPage(CachedViewRestrictionsMixin, Page):
    intro = RichTextField(
        _("Einleitung"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Steht über der Liste der Veranstaltungen."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["meetings.MeetingPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Veranstaltungsübersicht")

    def feed_links(self):
        from core.feeds import feed_links

        return feed_links("veranstaltungen")

    def get_context(self, request, *args, **kwargs):
        from ..listing import MeetingListing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = MeetingListing(request, index_page=self)
        return context


class CityNameSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()


class MeetingPage(CachedViewRestrictionsMixin, TopicsMixin, Page):
    """Veranstaltung: a network meeting, conference, workshop or online format."""

    kind = models.CharField(
        _("Art"),
        max_length=20,
        choices=MeetingKind.choices,
        default=MeetingKind.NETWORK,
    )
    start = models.DateTimeField(_("Beginn"), help_text=_("Datum und Uhrzeit."))
    end = models.DateTimeField(_("Ende"))
    teaser = models.TextField(
        _("Kurzbeschreibung"),
        max_length=300,
        help_text=_("Ein bis zwei Sätze für Listen und Suchtreffer (höchstens 300)."),
    )
    description = RichTextField(
        _("Beschreibung"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "lang-en"],
        blank=True,
    )
    online = models.BooleanField(
        _("Online-Veranstaltung"),
        default=False,
        help_text=_("Ohne Veranstaltungsort; Teilnehmende erhalten den Zugangslink."),
    )
    venue = models.CharField(
        _("Veranstaltungsort"),
        max_length=160,
        blank=True,
        help_text=_("z. B. „Rathaus Augsburg, Großer Sitzungssaal“."),
    )
    address = models.TextField(
        _("Anschrift"),
        max_length=400,
        blank=True,
        help_text=_("Straße, Postleitzahl und Ort; eine Angabe je Zeile."),
    )
    access_url = HttpsURLField(
        _("Zugangslink"),
        blank=True,
        help_text=_(
            "Nur für bestätigte Teilnehmende: steht in ihren E-Mails und auf ihrer "
            "Anmeldeseite, nie auf der öffentlichen Seite."
        ),
    )
    cities = ParentalManyToManyField(
        "portal.City",
        verbose_name=_("Beteiligte Kommunen"),
        related_name="meetings",
        blank=True,
    )
    approaches = ParentalManyToManyField(
        "portal.Tag",
        verbose_name=_("Ansätze"),
        related_name="approach_meetings",
        limit_choices_to={"kind": Tag.Kind.APPROACH},
        blank=True,
    )
    tags = ClusterTaggableManager(
        through=TaggedMeeting,
        blank=True,
        verbose_name=_("Themen"),
        help_text=_("Mit Komma oder Eingabetaste trennen."),
    )
    programme = StreamField(ProgrammeBlock(), verbose_name=_("Programm"), blank=True)
    practices = ParentalManyToManyField(
        "practices.PracticePage",
        verbose_name=_("Vorgestellte Praxisprofile"),
        related_name="presented_at_meetings",
        blank=True,
    )
    report = models.ForeignKey(
        "reports.ArticlePage",
        verbose_name=_("Bericht"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Nach der Veranstaltung: der Bericht unter „Aktuelles“."),
    )
    materials = models.ForeignKey(
        "members.MeetingMaterialPage",
        verbose_name=_("Material im internen Bereich"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Nur Mitglieder sehen es; Teilnehmende erhalten den Link."),
    )
    registration_open = models.BooleanField(_("Anmeldung möglich"), default=True)
    capacity = models.PositiveIntegerField(
        _("Plätze"),
        null=True,
        blank=True,
        help_text=_("Leer lassen für unbegrenzt. Weitere Anmeldungen: Warteliste."),
    )
    registration_closes = models.DateTimeField(
        _("Anmeldeschluss"),
        null=True,
        blank=True,
        help_text=_("Leer: bis zum Beginn."),
    )
    members_only = models.BooleanField(
        _("Nur für Mitglieder"),
        default=False,
        help_text=_("Anmeldung nur mit Mitgliedszugang (Anmeldung unter /anmelden/)."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
            ],
            heading=_("Art und Zeit"),
        ),
        FieldPanel("teaser"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("online"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("access_url"),
            ],
            heading=_("Ort"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("approaches", widget=forms.CheckboxSelectMultiple),
                tags_panel(),
                FieldPanel("cities", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Einordnung"),
        ),
        FieldPanel("programme"),
        FieldPanel("practices"),
        MultiFieldPanel(
            [
                FieldPanel("registration_open"),
                FieldRowPanel(
                    [FieldPanel("capacity"), FieldPanel("registration_closes")]
                ),
                FieldPanel("members_only"),
            ],
            heading=_("Anmeldung"),
        ),
        MultiFieldPanel(
            [FieldPanel("report"), FieldPanel("materials")],
            heading=_("Nach der Veranstaltung"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("description"),
        index.FilterField("start"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("kind"),
        APIField("start"),
        APIField("end"),
        APIField("teaser"),
        APIField("description"),
        APIField("online"),
        APIField("venue"),
        APIField("address"),
        APIField("approaches", serializer=TagSerializer(many=True)),
        APIField("topics", serializer=TagSerializer(many=True)),
        APIField("cities", serializer=CityNameSerializer(many=True)),
        APIField("programme"),
        APIField("capacity"),
        APIField("members_only"),
    ]

    parent_page_types = ["meetings.MeetingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    def feed_links(self):
        from core.feeds import feed_links

        return feed_links("veranstaltungen")

    @classmethod
    def api_optimise(cls, queryset):
        return queryset.prefetch_related("approaches", "tagged_items__tag", "cities")

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("Diese Adresse ist für die Anmeldung reserviert.")
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("Das Ende muss nach dem Beginn liegen.")
        if not self.online and not (self.venue or self.address):
            errors["venue"] = _(
                "Bitte einen Veranstaltungsort angeben oder „Online-Veranstaltung“ "
                "ankreuzen."
            )
        if errors:
            raise ValidationError(errors)

    # What the pages show.
    @property
    def is_past(self):
        return self.end <= timezone.now()

    @property
    def closes_at(self):
        return self.registration_closes or self.start

    @property
    def accepts_registrations(self):
        return self.registration_open and timezone.now() < self.closes_at

    @property
    def place_label(self):
        return _("online") if self.online else (self.venue or self.address)

    @property
    def location_line(self):
        """Venue and address on one line, e.g. for mails and calendars."""
        lines = [self.venue, *self.address.splitlines()]
        return ", ".join(line.strip() for line in lines if line.strip())

    @cached_property
    def approach_list(self):
        return list(self.approaches.all())

    @cached_property
    def city_list(self):
        return list(self.cities.order_by("name"))

    def visible_practices(self):
        pages = self.practices.live().select_related("city")
        return [page for page in pages.order_by("title") if page_is_findable(page)]

    def visible_report(self):
        report = self.report
        return report if report is not None and page_is_findable(report) else None

    def visible_materials(self):
        return self.materials if self.materials and self.materials.live else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["practices"] = self.visible_practices()
        context["report"] = self.visible_report()
        context["materials"] = self.visible_materials()
        return context
