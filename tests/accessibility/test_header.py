"""The BITV 2.0 entry points in every page's header and in the phone menu."""

from bs4 import BeautifulSoup

from core.models import PortalSettings
from tests.accessibility.factories import (
    EasyLanguagePageFactory,
    SignLanguagePageFactory,
)
from tests.factories import StandardPageFactory


def point_settings(home_page, **pages):
    settings = PortalSettings.for_site(home_page.get_site())
    for field, page in pages.items():
        setattr(settings, field, page)
    settings.save()


def test_every_page_offers_both_entry_points_with_icon_and_label(client, home_page):
    easy = EasyLanguagePageFactory(parent=home_page, slug="leichte-sprache")
    sign = SignLanguagePageFactory(parent=home_page)
    other = StandardPageFactory(parent=home_page, slug="impressum")
    point_settings(home_page, easy_language_page=easy, sign_language_page=sign)

    soup = BeautifulSoup(client.get(other.url).content, "html.parser")
    header = soup.select_one("header nav.access-links")
    assert header["aria-label"] == "Barrierefreie Zugänge"
    links = [(a.get_text(strip=True), a["href"]) for a in header.select("a")]
    assert links == [
        ("Leichte Sprache", "/leichte-sprache/"),
        ("Gebärdensprache", "/gebaerdensprache/"),
    ]
    for link in header.select("a"):
        icon = link.select_one("svg")
        assert icon["aria-hidden"] == "true" and not icon.find("image")
    menu = soup.select(".main-nav__list .access-links__item a")
    assert [a["href"] for a in menu] == ["/leichte-sprache/", "/gebaerdensprache/"]


def test_an_unpublished_entry_page_is_not_offered(client, home_page):
    easy = EasyLanguagePageFactory(parent=home_page, slug="leichte-sprache")
    point_settings(home_page, easy_language_page=easy)
    easy.unpublish()

    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert not soup.select(".access-links__item")
