import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from downloads.models import DownloadIndexPage
from members.access import members_collection
from tests.downloads.factories import DownloadIndexPageFactory
from tests.factories import CityFactory, TagFactory
from tests.portal.factories import DocumentFactory, pdf_bytes


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in soup.select(".document-card .card__title a")]


@pytest.fixture
def library(home_page):
    DownloadIndexPageFactory(parent=home_page)
    augsburg = CityFactory(name="Augsburg", slug="augsburg")
    monitoring = TagFactory(name="Bildungsmonitoring")
    report = DocumentFactory(
        title="3. Bildungsbericht Augsburg",
        city=augsburg,
        year=2020,
        file__data=pdf_bytes("Der Bericht beschreibt Übergänge von der Kita."),
    )
    report.tags.add(monitoring)
    DocumentFactory(
        title="Handreichung Beteiligung", document_type="handreichung", year=2022
    )
    DocumentFactory(title="Protokoll intern", collection=members_collection())
    return {"report": report}


def test_library_lists_public_documents_newest_first(client, library):
    response = client.get("/downloads/")
    assert response.status_code == 200
    assert titles(response) == [
        "Handreichung Beteiligung",
        "3. Bildungsbericht Augsburg",
    ]


def test_each_entry_names_format_and_size(client, library):
    document = library["report"]
    document.file_size = 2_400_000
    document.save()
    soup = BeautifulSoup(client.get("/downloads/").content, "html.parser")
    files = [span.get_text() for span in soup.select(".document-card__file")]
    assert "(PDF, 2,3\xa0MB)" in files


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"typ": "handreichung"}, ["Handreichung Beteiligung"]),
        ({"jahr": "2020"}, ["3. Bildungsbericht Augsburg"]),
        ({"stadt": "augsburg"}, ["3. Bildungsbericht Augsburg"]),
        ({"thema": "bildungsmonitoring"}, ["3. Bildungsbericht Augsburg"]),
        ({"typ": "handreichung", "stadt": "augsburg"}, []),
    ],
)
def test_filter_by_type_year_city_and_tag(client, library, params, expected):
    assert titles(client.get("/downloads/", params)) == expected


def test_text_search_finds_words_inside_the_pdf(wagtail_indexes, client, library):
    response = client.get("/downloads/", {"q": "Übergänge"})
    assert titles(response) == ["3. Bildungsbericht Augsburg"]
    chip = BeautifulSoup(response.content, "html.parser").select_one(".chip")
    assert chip.get_text(" ", strip=True).startswith("Suche: Übergänge")


def test_search_and_filters_combine(client, library):
    response = client.get("/downloads/", {"q": "Übergänge", "typ": "handreichung"})
    assert titles(response) == []
    assert "Keine Dokumente passen zu dieser Suche." in response.content.decode()


def test_private_documents_never_appear(client, library):
    assert "Protokoll intern" not in client.get("/downloads/").content.decode()
    response = client.get("/downloads/", {"q": "Protokoll"})
    assert "Protokoll intern" not in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": '"(*) OR 1=1 --'},
        {"jahr": "99999999999"},
        {"typ": "<script>"},
        {"seite": "abc"},
    ],
)
def test_hostile_parameters_give_a_page(client, library, params):
    assert client.get("/downloads/", params).status_code == 200


def test_library_queries_do_not_grow_with_documents(
    client, library, django_assert_max_num_queries
):
    client.get("/downloads/")
    with CaptureQueriesContext(connection) as few:
        client.get("/downloads/")
    tag = TagFactory(name="Bildungsbericht")
    for number in range(15):
        DocumentFactory(title=f"Dokument {number}").tags.add(tag)
    few = len(few)  # read before the next request clears the query log
    client.get("/downloads/")  # new content empties the cached chrome
    with django_assert_max_num_queries(few):
        client.get("/downloads/")


def facet_counts(response, key):
    """{value: count} of one facet's checkboxes."""
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        box["value"]: int(box.parent.select_one(".count").get_text().strip("()"))
        for box in soup.select(f'input[type="checkbox"][name="{key}"]')
    }


def test_each_facet_counts_what_the_other_filters_leave(client, library):
    response = client.get("/downloads/", {"stadt": "augsburg"})
    assert facet_counts(response, "jahr") == {"2020": 1}
    assert facet_counts(response, "stadt")["augsburg"] == 1


def test_a_new_document_is_listed_and_counted_at_once(client, library):
    client.get("/downloads/")
    DocumentFactory(title="Neue Handreichung", document_type="handreichung", year=2024)
    response = client.get("/downloads/", {"typ": "handreichung"})
    assert titles(response) == ["Neue Handreichung", "Handreichung Beteiligung"]
    assert facet_counts(response, "typ")["handreichung"] == 2


def test_a_published_intro_is_visible_at_once_with_the_page_cache(
    client, library, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_TIMEOUT = 600
    client.get("/downloads/")
    assert client.get("/downloads/")["X-Portal-Cache"] == "hit"
    page = DownloadIndexPage.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        page.intro = "<p>Neu: alle Bildungsberichte.</p>"
        page.save_revision().publish()
    response = client.get("/downloads/")
    assert response["X-Portal-Cache"] == "miss"
    assert "Neu: alle Bildungsberichte." in response.text


def test_the_library_stylesheet_loads_in_the_page_head(client, library):
    soup = BeautifulSoup(client.get("/downloads/").content, "html.parser")
    hrefs = [link["href"] for link in soup.select("head link[rel=stylesheet]")]
    assert any(href.endswith("downloads/css/downloads.css") for href in hrefs)
