"""Sections of the home page that content apps contribute (newest first)."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class HomeSection:
    key: str
    heading: str
    link_text: str
    items: Callable[[int], list]  # the newest `limit` public entries
    index_url: Callable[[], str | None]
    card_template: str
    order: int = 100
    limit: int = 3
    list_class: str = "card-list card-list--grid"


_sections: dict[str, HomeSection] = {}


def register_home_section(section: HomeSection) -> None:
    _sections[section.key] = section


def home_sections() -> list[HomeSection]:
    return sorted(_sections.values(), key=lambda section: section.order)
