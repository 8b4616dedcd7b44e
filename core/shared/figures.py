"""Key figures and charts the content apps contribute to "Das Netzwerk in Zahlen".

Each app registers what it counts (`<app>/figures.py`); the page in portal/ draws
them without importing any content app. Every count is one query.
"""

from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "Bar",
    "Chart",
    "KeyFigure",
    "charts",
    "key_figures",
    "register_chart",
    "register_key_figure",
]


@dataclass(frozen=True)
class KeyFigure:
    key: str
    label: str  # German, e.g. "Praxisprofile"
    count: Callable[[], int]
    order: int = 100


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


_figures: dict[str, KeyFigure] = {}
_charts: dict[str, Chart] = {}


def register_key_figure(figure: KeyFigure) -> None:
    _figures[figure.key] = figure


def register_chart(chart: Chart) -> None:
    _charts[chart.key] = chart


def key_figures() -> list[KeyFigure]:
    return sorted(_figures.values(), key=lambda figure: figure.order)


def charts() -> list[Chart]:
    return sorted(_charts.values(), key=lambda chart: chart.order)
