import factory
import wagtail_factories
from wagtail.models import Page, Site

from core.models import City, HomePage, ImageLicence, Person, StandardPage, Tag


class TagFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")
    kind = Tag.Kind.TOPIC

    class Meta:
        model = Tag
        django_get_or_create = ("name",)


class ApproachFactory(TagFactory):
    kind = Tag.Kind.APPROACH
    claim = "Daten bieten Kommunikationsanlässe"
    description = "Eine gemeinsame Datenbasis wird zur Planungsgrundlage."


class CityFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Musterstadt {n}")
    slug = factory.Sequence(lambda n: f"musterstadt-{n}")
    federal_state = "NW"
    population = 250_000
    member_since = 2020

    class Meta:
        model = City
        django_get_or_create = ("slug",)


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Erika Muster {n}")
    role = "Bildungsplanerin"
    city = factory.SubFactory(CityFactory)

    class Meta:
        model = Person


class CreditedImageFactory(wagtail_factories.ImageFactory):
    title = "IMG_4711"
    description = "Kinder und Fachkräfte planen ihr Quartier an einem großen Stadtplan."
    credit = "Erika Lichtbild"
    licence = ImageLicence.CC_BY_4


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Startseite"
    slug = "startseite"
    hero_heading = "Gute Praxis kommunaler Bildungsplanung"
    intro = "<p>Das Großstadtnetzwerk teilt gute Praxis.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Inhaltsseite {n}")
    intro = "Eine einfache Seite."

    class Meta:
        model = StandardPage


def make_site():
    """A fresh site whose root is a HomePage, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    Site.objects.create(
        hostname="testserver", port=80, root_page=home, is_default_site=True
    )
    return home


class PracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Praxis"
    slug = "praxis"

    class Meta:
        model = "practices.PracticeIndexPage"


class CityPageFactory(wagtail_factories.PageFactory):
    city = factory.SubFactory(CityFactory)
    title = factory.LazyAttribute(lambda page: page.city.name)
    slug = factory.LazyAttribute(lambda page: page.city.slug)

    class Meta:
        model = "practices.CityPage"


class PracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Praxisprofil {n}")
    teaser = "Wie eine Kommune Bildung gemeinsam plant."

    class Meta:
        model = "practices.PracticePage"
        skip_postgeneration_save = True

    @factory.post_generation
    def approaches(self, create, extracted, **kwargs):
        if create:
            # A ParentalManyToManyField is written on save.
            self.approaches.set(extracted or [ApproachFactory(name="datenbasiert")])
            self.save()
