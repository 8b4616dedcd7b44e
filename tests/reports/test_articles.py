import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import TagFactory
from tests.reports.factories import (
    ArticleIndexPageFactory,
    ArticleKindFactory,
    ArticlePageFactory,
)


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in soup.select(".article-card .card__title a")]


@pytest.fixture
def reports(home_page):
    index = ArticleIndexPageFactory(parent=home_page)
    network = ArticleKindFactory(name="Großstadtnetzwerk", slug="grossstadtnetzwerk")
    interview = ArticleKindFactory(name="Interview", slug="interview")
    pages = {
        "spring": ArticlePageFactory(
            parent=index,
            title="Frühjahrstreffen",
            kind=network,
            date=datetime.date(2024, 3, 1),
        ),
        "autumn": ArticlePageFactory(
            parent=index,
            title="Herbsttreffen",
            kind=network,
            date=datetime.date(2024, 10, 1),
        ),
        "interview": ArticlePageFactory(
            parent=index,
            title="Gespräch mit der Wissenschaft",
            kind=interview,
            date=datetime.date(2023, 6, 1),
        ),
    }
    return {"index": index, **pages}


def test_listing_shows_reports_newest_first(client, reports):
    response = client.get("/aktuelles/")
    assert response.status_code == 200
    assert titles(response) == [
        "Herbsttreffen",
        "Frühjahrstreffen",
        "Gespräch mit der Wissenschaft",
    ]


def test_card_names_kind_date_and_place(client, reports):
    soup = BeautifulSoup(client.get("/aktuelles/").content, "html.parser")
    meta = soup.select_one(".article-card .card__meta").get_text(" ", strip=True)
    assert meta == "Großstadtnetzwerk · 1. Oktober 2024 · online"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"art": "interview"}, ["Gespräch mit der Wissenschaft"]),
        ({"jahr": "2024"}, ["Herbsttreffen", "Frühjahrstreffen"]),
        ({"art": "grossstadtnetzwerk", "jahr": "2023"}, []),
        (
            {"jahr": ["2023", "2024"], "art": "interview"},
            ["Gespräch mit der Wissenschaft"],
        ),
    ],
)
def test_filter_by_kind_and_year(client, reports, params, expected):
    assert titles(client.get("/aktuelles/", params)) == expected


def test_year_options_count_and_come_newest_first(client, reports):
    soup = BeautifulSoup(client.get("/aktuelles/").content, "html.parser")
    years = [box["value"] for box in soup.select("input[name=jahr]")]
    assert years == ["2024", "2023"]
    count = soup.select_one("input[value='2024']").find_next("span", class_="count")
    assert count.get_text() == "(2)"


def test_editors_can_add_kinds(client, reports):
    fachtag = ArticleKindFactory(name="Fachtag", slug="fachtag")
    ArticlePageFactory(parent=reports["index"], title="Fachtag Ganztag", kind=fachtag)
    assert titles(client.get("/aktuelles/", {"art": "fachtag"})) == ["Fachtag Ganztag"]


def test_drafts_and_restricted_reports_stay_out(client, reports):
    from wagtail.models import PageViewRestriction

    ArticlePageFactory(parent=reports["index"], title="Entwurf", live=False)
    secret = ArticlePageFactory(parent=reports["index"], title="Nur intern")
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    shown = titles(client.get("/aktuelles/"))
    assert "Entwurf" not in shown and "Nur intern" not in shown


def test_pagination_keeps_the_filters(client, reports):
    for number in range(12):
        ArticlePageFactory(parent=reports["index"], title=f"Treffen {number}")
    response = client.get("/aktuelles/", {"jahr": "2024"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("a[rel=next]")["href"] == "?jahr=2024&seite=2"
    assert len(titles(client.get("/aktuelles/", {"jahr": "2024", "seite": "2"}))) == 2


@pytest.mark.parametrize(
    "params",
    [
        {"art": "gibt-es-nicht"},
        {"jahr": "zweitausend"},
        {"seite": "-1"},
        {"art": ["x"] * 500},
    ],
)
def test_hostile_parameters_give_a_page(client, reports, params):
    assert client.get("/aktuelles/", params).status_code == 200


def test_report_page_shows_kind_date_place_and_tags(client, reports):
    page = reports["autumn"]
    page.tags.add(TagFactory(name="Quartier"))
    page.save_revision().publish()
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert soup.h1.get_text() == "Herbsttreffen"
    assert soup.select_one(".eyebrow").get_text() == "Großstadtnetzwerk"
    assert soup.select_one(".article__meta").get_text() == "1. Oktober 2024 · online"
    assert soup.select_one(".tag-list a")["href"] == "/schlagwort/quartier/"


def count_queries(client, url):
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_listing_queries_do_not_grow_with_reports(
    client, reports, django_assert_max_num_queries
):
    tag = TagFactory(name="Steuerung")
    reports["spring"].tags.add(tag)
    reports["spring"].save_revision().publish()
    few = count_queries(client, "/aktuelles/")
    for number in range(20):
        page = ArticlePageFactory(parent=reports["index"], title=f"Mehr {number}")
        page.tags.add(tag)
        page.save_revision().publish()
    client.get("/aktuelles/")  # new content empties the cached chrome
    with django_assert_max_num_queries(few):
        client.get("/aktuelles/")
