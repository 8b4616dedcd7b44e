from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from .fields import HttpsURLField

__all__ = ["City", "FederalState", "Person"]


class FederalState(models.TextChoices):
    BW = "BW", "Baden-Württemberg"
    BY = "BY", "Bayern"
    BE = "BE", "Berlin"
    BB = "BB", "Brandenburg"
    HB = "HB", "Bremen"
    HH = "HH", "Hamburg"
    HE = "HE", "Hessen"
    MV = "MV", "Mecklenburg-Vorpommern"
    NI = "NI", "Niedersachsen"
    NW = "NW", "Nordrhein-Westfalen"
    RP = "RP", "Rheinland-Pfalz"
    SL = "SL", "Saarland"
    SN = "SN", "Sachsen"
    ST = "ST", "Sachsen-Anhalt"
    SH = "SH", "Schleswig-Holstein"
    TH = "TH", "Thüringen"


class City(index.Indexed, models.Model):
    """A member city (Mitgliedskommune) of the network."""

    name = models.CharField(_("Name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("Kürzel für Adressen"),
        max_length=100,
        unique=True,
        help_text=_("Klein geschrieben, ohne Umlaute, z. B. „muenchen“."),
    )
    federal_state = models.CharField(
        _("Bundesland"), max_length=2, choices=FederalState.choices
    )
    population = models.PositiveIntegerField(_("Einwohnerzahl"), null=True, blank=True)
    latitude = models.DecimalField(
        _("Breitengrad"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(47), MaxValueValidator(55.1)],
        help_text=_("Dezimalgrad, z. B. 49.48776 (für die Karte)."),
    )
    longitude = models.DecimalField(
        _("Längengrad"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(5.8), MaxValueValidator(15.1)],
        help_text=_("Dezimalgrad, z. B. 8.46604."),
    )
    website = HttpsURLField(_("Website"), blank=True)
    member_since = models.PositiveSmallIntegerField(
        _("Mitglied seit"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("Jahr des Beitritts zum Großstadtnetzwerk."),
    )
    logo = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("Logo oder Wappen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("federal_state"), FieldPanel("population")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Lage"),
        ),
        FieldRowPanel([FieldPanel("website"), FieldPanel("member_since")]),
        FieldPanel("logo"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("federal_state"),
    ]

    class Meta:
        verbose_name = _("Mitgliedskommune")
        verbose_name_plural = _("Mitgliedskommunen")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PersonManager(models.Manager):
    def get_queryset(self):
        # Every rendering of a person names their city (see `affiliation`).
        return super().get_queryset().select_related("city")


class Person(index.Indexed, models.Model):
    """Someone quoted, asked or named as contact across the portal."""

    name = models.CharField(_("Name"), max_length=120)
    title = models.CharField(
        _("Titel"),
        max_length=40,
        blank=True,
        help_text=_("z. B. „Dr.“ oder „Prof. Dr.“"),
    )
    role = models.CharField(
        _("Funktion"),
        max_length=200,
        blank=True,
        help_text=_("z. B. „Leiterin der Abteilung Bildungsplanung“."),
    )
    organisation = models.CharField(_("Organisation"), max_length=200, blank=True)
    city = models.ForeignKey(
        City,
        verbose_name=_("Kommune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    photo = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("Foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(
        _("Kurzbiografie"), blank=True, help_text=_("Zwei bis vier Sätze.")
    )
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    public_contact = models.BooleanField(
        _("Kontaktdaten öffentlich zeigen"),
        default=False,
        help_text=_("Nur mit Einwilligung der Person ankreuzen."),
    )

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("name")]),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("city")]),
        FieldPanel("photo"),
        FieldPanel("bio"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("public_contact"),
            ],
            heading=_("Kontakt"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.SearchField("organisation"),
        index.AutocompleteField("name"),
    ]

    objects = PersonManager()

    class Meta:
        verbose_name = _("Person")
        verbose_name_plural = _("Personen")
        ordering = ["name"]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.title} {self.name}".strip()

    @property
    def affiliation(self):
        """Role and place as one attribution line, e.g. for quotes."""
        place = self.organisation or (f"Stadt {self.city.name}" if self.city else "")
        return ", ".join(part for part in (self.role, place) if part)

    @property
    def searchable_text(self):
        """What a person card and a quote's attribution show of the person."""
        return "\n".join(part for part in (self.full_name, self.affiliation) if part)
