import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

pytestmark = pytest.mark.usefixtures("corpus")


def soup_of(client, params):
    response = client.get("/suche/", params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_query_stays_in_the_box_and_hits_show_marks(client):
    soup = soup_of(client, {"q": "Ferienprogramm"})
    assert soup.select_one("#search-input")["value"] == "Ferienprogramm"
    hit = soup.select_one(".search-hit")
    assert hit.select_one(".card__title a").get_text() == "Ferien für alle"
    assert hit.select_one("mark").get_text() == "Kinderferienprogramm"
    assert "Praxisprofil ·" in hit.select_one(".card__meta").get_text()


def test_a_hit_names_its_type_in_the_singular_the_facet_in_the_plural(client):
    soup = soup_of(client, {"q": "Ferienprogramm"})
    assert soup.select_one(".search-hit__kind").get_text() == "Praxisprofil"
    facet = soup.select_one("input[name=typ][value=practice]").parent
    assert facet.get_text(" ", strip=True).startswith("Praxisprofile (")


def test_facets_are_a_plain_get_form_with_counts(client):
    soup = soup_of(client, {"q": "klar"})
    form = soup.select_one("form.filters")
    assert form["method"] == "get"
    assert form.select_one("input[name=q]")["value"] == "klar"
    city = form.select_one("input[name=stadt][value=Kaiserslautern]")
    assert city.find_next("span", class_="count").get_text() == "(2)"


def test_checked_facet_narrows_the_hits(client):
    soup = soup_of(client, {"q": "Daten", "schlagwort": "bildungsmonitoring"})
    titles = [a.get_text() for a in soup.select(".search-hit .card__title a")]
    assert titles == ["Der dritte Bildungsbericht"]
    assert (
        soup.select_one("input[name=schlagwort][value=bildungsmonitoring]")["checked"]
        is not None
    )


def test_zero_hits_offer_a_suggestion_and_the_approaches(client):
    soup = soup_of(client, {"q": "Bildungsberict", "genau": "1"})
    suggestion = soup.select_one(".suggestion a")
    assert suggestion.get_text() == "Bildungsbericht"
    assert suggestion["href"] == "?q=Bildungsbericht"
    assert soup.select_one(".empty-state a[href='/schlagwort/datenbasiert/']")


def test_pagination_keeps_query_and_filters(client, corpus):
    from search import indexing
    from tests.factories import PracticePageFactory

    parent = corpus["holiday"].get_parent()
    for number in range(12):
        PracticePageFactory(parent=parent, title=f"Sommer {number}", teaser="Sommer")
    indexing.rebuild()
    soup = soup_of(client, {"q": "Sommer", "stadt": "Augsburg"})
    assert soup.select_one("a[rel=next]")["href"] == "?q=Sommer&stadt=Augsburg&seite=2"


def test_editors_promoted_result_comes_first(client, corpus):
    query = Query.objects.create(query_string="ferien")
    SearchPromotion.objects.create(
        query=query, page=corpus["report"], description="Unser Tipp"
    )
    soup = soup_of(client, {"q": "Ferien"})
    promoted = soup.select_one(".card--promoted")
    assert promoted.select_one("a").get_text() == "Der dritte Bildungsbericht"
    assert "Unser Tipp" in promoted.get_text()


def test_search_does_not_store_what_visitors_type(client):
    soup_of(client, {"q": "irgendetwas Neues"})
    assert not Query.objects.filter(query_string="irgendetwas neues").exists()


def test_autocomplete_answers_json(client):
    response = client.get("/suche/autocomplete/", {"q": "dritt"})
    assert response.status_code == 200
    assert response.json()["suggestions"][0]["label"] == "Der dritte Bildungsbericht"


@pytest.mark.parametrize(
    "params",
    [
        {"q": "a" * 10_000},
        {"q": '"'},
        {"q": "Kinder", "seite": "99999999999"},
        {"q": "Kinder", "seite": "-3"},
        {"q": "Kinder", "jahr": "zwanzig"},
        {"q": "Kinder", "typ": ["x"] * 100},
        {"q": "Kinder", "sortierung": "<script>"},
        {"schlagwort": "datenbasiert"},
    ],
)
def test_hostile_parameters_give_a_page(client, params):
    assert client.get("/suche/", params).status_code == 200


def test_a_nul_byte_in_the_query_is_a_bad_request(client):
    # Refused for every view (portal/requestguard.py): PostgreSQL cannot hold it.
    response = client.get("/suche/", {"q": "Kinder\x00"})
    assert response.status_code == 400
    assert "Ungültige Anfrage" in response.content.decode()
