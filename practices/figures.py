"""What practices contribute to "Das Netzwerk in Zahlen"."""

from urllib.parse import urlencode

from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from core.figures import Bar, Chart, KeyFigure
from core.models import City, Tag
from core.visibility import public_pages_q


def public_practices():
    from .models import PracticePage

    return PracticePage.objects.live().filter(public_pages_q())


def public_practice_count():
    return public_practices().count()


def listing_link(key):
    """`link(value)`: the practice listing filtered by `key`, if the listing exists."""
    from .home import practice_index_url

    index = practice_index_url()
    return lambda value: f"{index}?{urlencode({key: value})}" if index else None


def practices_per_approach():
    ids = public_practices().values("pk")
    approaches = Tag.objects.approaches().annotate(
        practice_count=Count(
            "approach_practices",
            filter=Q(approach_practices__in=ids),
            distinct=True,
        )
    )
    link = listing_link("ansatz")
    return [Bar(tag.name, tag.practice_count, link(tag.slug)) for tag in approaches]


def practices_per_city():
    ids = public_practices().values("pk")
    cities = (
        City.objects.annotate(
            practice_count=Count(
                "practices", filter=Q(practices__in=ids), distinct=True
            )
        )
        .filter(practice_count__gt=0)
        .order_by("-practice_count", "name")
    )
    link = listing_link("stadt")
    return [Bar(city.name, city.practice_count, link(city.slug)) for city in cities]


def practices_per_year():
    years = (
        public_practices()
        .annotate(year=ExtractYear("first_published_at"))
        .values("year")
        .annotate(practices=Count("pk"))
        .order_by("year")
    )
    return [Bar(str(row["year"]), row["practices"]) for row in years if row["year"]]


KEY_FIGURES = (
    KeyFigure(
        "practices",
        _("Praxisprofile"),
        _("Praxisprofil"),
        public_practice_count,
        10,
    ),
)
CHARTS = (
    Chart(
        key="practices-per-approach",
        title=_("Praxisprofile nach Ansatz"),
        bars=practices_per_approach,
        label_heading=_("Ansatz"),
        value_heading=_("Praxisprofile"),
        note=_("Ein Praxisprofil kann mehreren Ansätzen folgen."),
        order=10,
    ),
    Chart(
        key="practices-per-city",
        title=_("Praxisprofile nach Kommune"),
        bars=practices_per_city,
        label_heading=_("Kommune"),
        value_heading=_("Praxisprofile"),
        order=20,
    ),
    Chart(
        key="practices-per-year",
        title=_("Neue Praxisprofile nach Jahr"),
        bars=practices_per_year,
        label_heading=_("Jahr der Veröffentlichung"),
        value_heading=_("Praxisprofile"),
        order=30,
    ),
)
