import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_search_finds_a_published_page(client, home_page):
    StandardPageFactory(parent=home_page, title="Bildungsmonitoring in Augsburg")
    response = client.get("/suche/", {"q": "Bildungsmonitoring"})
    assert response.status_code == 200
    assert "Bildungsmonitoring in Augsburg" in response.content.decode()


def test_search_keeps_the_query_in_the_box(client, home_page):
    response = client.get("/suche/", {"q": "Quartier"})
    assert 'value="Quartier"' in response.content.decode()


def test_search_never_shows_drafts(client, home_page):
    StandardPageFactory(parent=home_page, title="Geheimer Entwurf", live=False)
    response = client.get("/suche/", {"q": "Entwurf"})
    assert "Geheimer Entwurf" not in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "\x00",
        "a" * 10_000,
        '"unbalanced',
        "AND OR NOT",
        "'; DROP TABLE x;--",
        "ä👍",
    ],
)
def test_hostile_queries_do_not_break_the_page(client, home_page, query):
    assert client.get("/suche/", {"q": query, "page": "x"}).status_code == 200
