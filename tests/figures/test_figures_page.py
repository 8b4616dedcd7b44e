"""„Das Netzwerk in Zahlen“: every number on the page is the database's count."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import cache
from core.contract import content_type_for
from core.models import City, DocumentType, PortalDocument
from figures.models import NetworkFiguresPage
from members.access import members_collection
from practices.models import CityPage, PracticePage
from tests.factories import CityFactory, CityPageFactory, PracticePageFactory
from tests.portal.factories import DocumentFactory


@pytest.fixture
def figures(open_content):
    page = NetworkFiguresPage(title="Das Netzwerk in Zahlen", slug="zahlen")
    open_content.index.get_parent().add_child(instance=page)
    page.save_revision().publish()
    augsburg = CityPageFactory(
        parent=open_content.index,
        city=CityFactory(
            name="Augsburg", slug="augsburg", latitude="48.37054", longitude="10.89779"
        ),
    )
    for title in ("Ferienprogramm", "Jugendbeteiligung"):
        PracticePageFactory(
            parent=augsburg, title=title, approaches=[open_content.approach]
        ).save_revision().publish()
    return open_content


def soup(client):
    response = client.get("/zahlen/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def key_figures_shown(client):
    return {
        item.select_one(".key-figure__label").get_text(): int(
            item.select_one(".key-figure__count").get_text()
        )
        for item in soup(client).select(".key-figure")
    }


def chart_table(page, key):
    section = page.select_one(f'section[aria-labelledby="chart-{key}"]')
    for hidden in section.select(".visually-hidden"):  # context for screen readers
        hidden.decompose()
    return {
        row.th.get_text(strip=True): int(row.td.get_text())
        for row in section.select("tbody tr")
    }


def chart_text(page, key):
    section = page.select_one(f'section[aria-labelledby="chart-{key}"]')
    return {
        row.select_one(".chart__label").get_text(strip=True): int(
            row.select_one(".chart__value").get_text()
        )
        for row in section.select(".chart__row")
    }


def public_practices():
    return PracticePage.objects.live().public()


def test_key_figures_equal_the_database_counts(client, figures):
    figures_text = key_figures_shown(client)
    assert figures_text == {
        "Mitgliedskommunen": City.objects.count(),
        "Praxisprofile": public_practices().count(),
        "Themendossier": 1,  # one of each: the singular
        "Bericht": 1,
        "Download": PortalDocument.objects.public().count(),
        "Veranstaltungen": 0,  # none in open_content
    }
    assert figures_text["Praxisprofile"] == 3  # the draft and the private one left out


def test_practices_per_approach_equal_the_database(client, figures):
    page = soup(client)
    expected = {
        tag.name: public_practices().filter(approaches=tag).count()
        for tag in [figures.approach]
    }
    assert (
        chart_table(page, "practices-per-approach") == expected == {"datenbasiert": 3}
    )
    assert chart_text(page, "practices-per-approach") == expected


def test_practices_per_city_equal_the_database(client, figures):
    page = soup(client)
    expected = {
        city: public_practices().filter(city__name=city).count()
        for city in ("Augsburg", "Mannheim")
    }
    assert chart_table(page, "practices-per-city") == expected
    assert chart_text(page, "practices-per-city") == expected


def test_practices_per_year_equal_the_database(client, figures):
    page = soup(client)
    years = {str(practice.first_published_at.year) for practice in public_practices()}
    expected = {
        year: public_practices().filter(first_published_at__year=year).count()
        for year in years
    }
    assert chart_table(page, "practices-per-year") == expected
    assert chart_text(page, "practices-per-year") == expected
    assert sum(expected.values()) == 3


def test_downloads_per_type_equal_the_database(client, figures):
    for title in ("Handreichung Quartier", "Handreichung Daten"):
        DocumentFactory(title=title, document_type=DocumentType.GUIDE)
    DocumentFactory(  # private: never counted
        title="Interne Handreichung",
        document_type=DocumentType.GUIDE,
        collection=members_collection(),
    )
    public = PortalDocument.objects.public()
    expected = {
        label: public.filter(document_type=value).count()
        for value, label in DocumentType.choices
        if public.filter(document_type=value).exists()
    }
    assert expected == {"Handreichung": 2, "Bericht": 1}
    page = soup(client)
    assert chart_table(page, "downloads-per-type") == expected
    assert chart_text(page, "downloads-per-type") == expected


def test_bars_are_drawn_to_scale(client, figures):
    section = soup(client).select_one(
        'section[aria-labelledby="chart-practices-per-city"]'
    )
    widths = [rect["width"] for rect in section.select("rect.chart__fill")]
    assert widths == ["100.0%", "50.0%"]  # Augsburg 2, Mannheim 1


def test_page_renders_in_few_queries(client, figures, django_assert_max_num_queries):
    client.get("/zahlen/")  # warm the caches a first visitor fills
    with django_assert_max_num_queries(20):
        assert client.get("/zahlen/").status_code == 200


def test_a_second_visitor_gets_the_counted_figures_from_the_cache(client, figures):
    client.get("/zahlen/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/zahlen/")
    counts = [query["sql"] for query in queries if "COUNT(" in query["sql"]]
    assert counts == []


def test_a_published_practice_changes_the_cached_figures(
    client, figures, django_capture_on_commit_callbacks
):
    assert key_figures_shown(client)["Praxisprofile"] == 3
    with django_capture_on_commit_callbacks(execute=True):
        PracticePageFactory(
            parent=CityPage.objects.get(city__slug="augsburg"),
            title="Bildungsbüro",
            approaches=[figures.approach],
        ).save_revision().publish()
    page = soup(client)
    assert chart_table(page, "practices-per-city") == {"Augsburg": 3, "Mannheim": 1}
    assert key_figures_shown(client)["Praxisprofile"] == 4


def test_a_new_member_city_changes_the_cached_figures(client, figures):
    assert key_figures_shown(client)["Mitgliedskommunen"] == City.objects.count()
    CityFactory(name="Kassel", slug="kassel")
    assert key_figures_shown(client)["Mitgliedskommunen"] == City.objects.count()


def test_member_map_links_public_city_pages_and_lists_them(client, figures):
    page = soup(client)
    svg_links = {a["href"] for a in page.select(".member-map__svg a")}
    assert svg_links == {"/praxis/augsburg/", "/praxis/mannheim/"}
    listed = [li.get_text(strip=True) for li in page.select(".member-map__list li")]
    assert listed == ["Augsburg", "Mannheim"]  # Hinterstadt has no coordinates
    assert page.select_one(".member-map__svg")["aria-hidden"] == "true"


def test_city_names_are_escaped_in_the_map(client, figures):
    city = City.objects.get(slug="augsburg")
    city.name = "<script>alert(1)</script>"
    city.save()
    content = client.get("/zahlen/").content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_the_page_is_a_kind_with_its_own_stylesheet(client, figures):
    assert content_type_for(NetworkFiguresPage).key == "figures"
    assert cache._is_watched(NetworkFiguresPage)
    hrefs = [link["href"] for link in soup(client).select("head link[rel=stylesheet]")]
    assert any(href.endswith("figures/css/figures.css") for href in hrefs)
