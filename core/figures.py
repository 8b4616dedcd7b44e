"""Key figures and charts the content apps contribute to "Das Netzwerk in Zahlen".

Each content type declares what it counts (`key_figures`, `charts`); the page
draws them without importing any content app. Every count is one query.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

__all__ = [
    "Bar",
    "Chart",
    "KeyFigure",
    "charts",
    "key_figures",
]


@dataclass(frozen=True)
class KeyFigure:
    key: str
    label: str  # German plural, e.g. "Praxisprofile"
    singular: str  # e.g. "Praxisprofil", shown beside a count of one
    count: Callable[[], int]
    order: int = 100

    def label_for(self, count):
        return self.singular if count == 1 else self.label


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    url: str | None = None


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    bars: Callable[[], list[Bar]]
    label_heading: str  # first column of the data table, e.g. "Kommune"
    value_heading: str  # e.g. "Praxisprofile"
    note: str = ""
    order: int = 100


def key_figures() -> list[KeyFigure]:
    from core.contract import content_types

    figures = [figure for kind in content_types() for figure in kind.key_figures]
    return sorted(figures, key=lambda figure: figure.order)


def charts() -> list[Chart]:
    from core.contract import content_types

    declared = [chart for kind in content_types() for chart in kind.charts]
    return sorted(declared, key=lambda chart: chart.order)


def member_city_count():
    from core.models import City

    return City.objects.count()


KEY_FIGURES = (
    KeyFigure(
        "cities", _("Mitgliedskommunen"), _("Mitgliedskommune"), member_city_count, 0
    ),
)
