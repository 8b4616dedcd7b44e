"""Practice cards kept one by one per version of the practice they show
(core.fragments.kept_cards): a city page rendered anew renders only the cards
whose practices changed."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.template import engines
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from core.fragments import CARD_KEY_FIELDS, kept_cards
from practices.models import PracticePage


@pytest.fixture(autouse=True)
def card_cache(settings):
    """Cards kept as in production; whole pages and bodies rendered anew."""
    settings.CARD_CACHE_TIMEOUT = 600


def cards(response):
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [
        {
            "meta": card.select_one(".card__meta").get_text(),
            "title": card.select_one(".card__title").get_text(),
            "href": card.select_one(".card__title a")["href"],
            "tags": [tag.get_text() for tag in card.select(".tag")],
        }
        for card in page.select(".practice-card")
    ]


def test_a_city_page_rendered_anew_reads_no_card_it_kept(client, practice_tree):
    url = practice_tree["mannheim"].url
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert cards(second) == cards(first)
    read = " ".join(query["sql"] for query in queries.captured_queries)
    assert "practices_practicepage_approaches" not in read
    assert '"practices_practicepage"."teaser"' not in read


def test_a_published_practice_shows_on_its_card_at_once(client, practice_tree):
    url = practice_tree["mannheim"].url
    client.get(url)
    practice = practice_tree["ism"]
    practice.title = "Sozialmanagement im Quartier"
    practice.save_revision().publish()
    titles = [card["title"] for card in cards(client.get(url))]
    assert titles == ["Quartiersbüros", "Sozialmanagement im Quartier"]


def test_a_renamed_city_shows_on_its_cards_at_once(client, practice_tree):
    url = practice_tree["mannheim"].url
    client.get(url)
    city = practice_tree["mannheim"].city
    city.name = "Mannheim am Rhein"
    city.save()
    shown = cards(client.get(url))
    assert all(card["meta"].startswith("Mannheim am Rhein · ") for card in shown)


def test_a_renamed_approach_shows_on_the_cards_at_once(
    client, practice_tree, approaches
):
    url = practice_tree["mannheim"].url
    client.get(url)
    approach = approaches["partizipativ"]
    approach.name = "beteiligend"
    approach.save()
    tags = {card["title"]: card["tags"] for card in cards(client.get(url))}
    assert tags["Quartiersbüros"] == ["#beteiligend"]


def test_a_renamed_city_page_moves_the_links_on_its_cards(client, practice_tree):
    city_page = practice_tree["mannheim"]
    client.get(city_page.url)
    city_page.slug = "stadt-mannheim"
    city_page.save_revision().publish()
    city_page.refresh_from_db()
    hrefs = [card["href"] for card in cards(client.get(city_page.url))]
    assert hrefs and all(href.startswith("/praxis/stadt-mannheim/") for href in hrefs)


def test_a_card_is_kept_per_heading_level(practice_tree):
    template = engines["django"].from_string(
        '{% load portal_tags %}{% cards practices "components/practice_card.html"'
        ' "practice" heading_level=level %}'
    )
    request = RequestFactory().get("/")
    practices = [practice_tree["ism"]]
    as_h3 = template.render({"practices": practices, "level": "h3"}, request)
    as_h4 = template.render({"practices": practices, "level": "h4"}, request)
    assert '<h3 class="card__title">' in as_h3
    assert '<h4 class="card__title">' in as_h4


def test_a_card_kept_from_an_older_revision_is_rendered_anew(practice_tree):
    # A publish between reading a list and reading the versions: the card kept
    # then names the revision it showed.
    request = RequestFactory().get("/")
    practice = practice_tree["ism"]
    kept_cards(request, [practice], lambda page: "alt", "probe")
    practice.live_revision_id = practice.save_revision().pk
    assert kept_cards(request, [practice], lambda page: "neu", "probe") == ["neu"]


def test_a_card_is_served_while_its_versions_stand(practice_tree):
    request = RequestFactory().get("/")
    practice = practice_tree["ism"]
    kept_cards(request, [practice], lambda page: "kept", "probe")
    assert kept_cards(request, [practice], lambda page: "neu", "probe") == ["kept"]


def test_a_practice_deleted_after_its_list_was_read_has_no_card(practice_tree):
    request = RequestFactory().get("/")
    kept, deleted = (
        PracticePage.objects.only(*CARD_KEY_FIELDS).get(pk=practice_tree[name].pk)
        for name in ("ism", "quarter")
    )
    practice_tree["quarter"].delete()
    shown = kept_cards(request, [kept, deleted], lambda page: page.title, "probe")
    assert shown == ["Integriertes Sozialmanagement", ""]


def test_cards_are_rendered_whole_while_the_shared_cache_is_down(
    client, practice_tree, monkeypatch
):
    from django.core.cache import cache

    def down(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "get_many", down)
    monkeypatch.setattr(cache, "set_many", down)
    shown = cards(client.get(practice_tree["mannheim"].url))
    assert [card["title"] for card in shown] == [
        "Integriertes Sozialmanagement",
        "Quartiersbüros",
    ]


def test_a_city_without_kept_cards_shows_every_card_whole(
    client, practice_tree, settings
):
    settings.CARD_CACHE_TIMEOUT = 0
    shown = cards(client.get(practice_tree["mannheim"].url))
    assert [card["tags"] for card in shown] == [
        ["#datenbasiert", "#sozialräumlich"],
        ["#partizipativ"],
    ]


def test_the_home_page_rendered_anew_reads_no_card_it_kept(client, practice_tree):
    first = client.get("/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/")
    assert cards(second) == cards(first) != []
    read = " ".join(query["sql"] for query in queries.captured_queries)
    assert "practices_practicepage_approaches" not in read


def test_a_published_practice_shows_on_the_home_page_at_once(client, practice_tree):
    client.get("/")
    practice = practice_tree["monitoring"]
    practice.teaser = "Daten für alle Stadtteile."
    practice.save_revision().publish()
    shown = BeautifulSoup(client.get("/").content, "html.parser")
    cards_text = " ".join(card.get_text() for card in shown.select(".practice-card"))
    assert "Daten für alle Stadtteile." in cards_text
