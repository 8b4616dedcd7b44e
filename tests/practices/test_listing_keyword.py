"""The keyword field of /praxis/: the portal search within the filtered practices."""

from bs4 import BeautifulSoup

from search import indexing
from tests.factories import PracticePageFactory


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    links = soup(response).select(".practice-card .card__title a")
    return [a.get_text() for a in links]


def test_keyword_narrows_the_listing_to_matching_practices(client, searchable):
    response = client.get("/praxis/", {"q": "Eltern"})
    assert response.status_code == 200
    assert titles(response) == ["Quartiersbüros"]


def test_keyword_finds_inflected_and_compound_forms(client, searchable):
    assert titles(client.get("/praxis/", {"q": "Berichte"})) == ["Bildungsmonitoring"]


def test_keyword_combines_with_the_filters(client, searchable):
    response = client.get("/praxis/", {"q": "Quartier", "stadt": "mannheim"})
    assert sorted(titles(response)) == [
        "Integriertes Sozialmanagement",
        "Quartiersbüros",
    ]
    response = client.get("/praxis/", {"q": "Quartier", "ansatz": "datenbasiert"})
    assert sorted(titles(response)) == [
        "Bildungsmonitoring",
        "Integriertes Sozialmanagement",
    ]


def test_keyword_orders_by_relevance_with_title_hits_first(client, searchable):
    response = client.get("/praxis/", {"q": "Quartier"})
    assert titles(response)[0] == "Quartiersbüros"
    selected = soup(response).select_one("#sort-select option[selected]")
    assert selected["value"] == "relevanz"


def test_keyword_listing_can_still_be_sorted_by_title(client, searchable):
    response = client.get("/praxis/", {"q": "Quartier", "sortierung": "titel"})
    assert titles(response) == [
        "Bildungsmonitoring",
        "Integriertes Sozialmanagement",
        "Quartiersbüros",
    ]


def test_relevance_is_offered_only_with_a_keyword(client, searchable):
    page = soup(client.get("/praxis/", {"sortierung": "relevanz"}))
    values = [option["value"] for option in page.select("#sort-select option")]
    assert values == ["neueste", "titel"]


def test_counts_and_facets_reflect_the_keyword(client, searchable):
    page = soup(client.get("/praxis/", {"q": "Quartier"}))
    assert page.select_one(".result-count").get_text() == (
        "3 Praxisprofile zum Suchbegriff „Quartier“"
    )
    page = soup(client.get("/praxis/", {"q": "Eltern"}))
    assert page.select_one(".result-count").get_text() == (
        "1 Praxisprofil zum Suchbegriff „Eltern“"
    )
    cities = {
        box["value"]: box.find_next("span", class_="count").get_text()
        for box in page.select("input[name='stadt']")
    }
    assert cities == {"mannheim": "(1)"}


def test_keyword_is_shown_as_a_removable_filter(client, searchable):
    page = soup(client.get("/praxis/", {"q": "Quartier", "stadt": "mannheim"}))
    chips = {a.get_text(" ", strip=True): a["href"] for a in page.select(".chip")}
    assert chips["Suchbegriff: Quartier – Filter entfernen ×"] == "?stadt=mannheim"
    assert chips["Kommune: Mannheim – Filter entfernen ×"] == "?q=Quartier"
    assert page.select_one("#listing-search")["value"] == "Quartier"


def test_pagination_keeps_the_keyword(client, searchable):
    for number in range(12):
        PracticePageFactory(
            parent=searchable["mannheim"],
            title=f"Quartiersarbeit {number}",
            teaser="Arbeit im Quartier.",
        ).save_revision().publish()
    indexing.rebuild()
    page = soup(client.get("/praxis/", {"q": "Quartier"}))
    assert page.select_one("a[rel=next]")["href"] == "?q=Quartier&seite=2"
    second = client.get("/praxis/", {"q": "Quartier", "seite": "2"})
    assert len(titles(second)) == 3


def test_echoed_keyword_is_escaped(client, searchable):
    attack = '"><script>alert(1)</script>'
    response = client.get("/praxis/", {"q": attack})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_empty_result_names_the_keyword(client, searchable):
    page = soup(client.get("/praxis/", {"q": "Zirkuszelt"}))
    empty = page.select_one(".empty-state").get_text(" ", strip=True)
    assert "Zum Suchbegriff „Zirkuszelt“ gibt es kein Praxisprofil." in empty
    link = page.select_one(".empty-state a[href^='/suche/']")
    assert link["href"] == "/suche/?q=Zirkuszelt"


def test_empty_result_with_filters_says_so(client, searchable):
    page = soup(client.get("/praxis/", {"q": "Eltern", "stadt": "augsburg"}))
    empty = page.select_one(".empty-state").get_text(" ", strip=True)
    assert "„Eltern“ gibt es kein Praxisprofil mit diesen Filtern." in empty


def test_drafts_never_match_the_keyword(client, searchable):
    PracticePageFactory(parent=searchable["mannheim"], title="Elternabend", live=False)
    indexing.rebuild()
    assert titles(client.get("/praxis/", {"q": "Eltern"})) == ["Quartiersbüros"]


def test_keyword_listing_renders_in_bounded_queries(
    client, searchable, django_assert_max_num_queries
):
    for number in range(10):
        PracticePageFactory(
            parent=searchable["augsburg"],
            title=f"Quartiersplanung {number}",
            teaser="Planung im Quartier.",
        ).save_revision().publish()
    indexing.rebuild()
    client.get("/praxis/", {"q": "Quartier", "ansatz": "datenbasiert"})
    with django_assert_max_num_queries(20):
        response = client.get("/praxis/", {"q": "Quartier", "ansatz": "datenbasiert"})
    assert len(titles(response)) == 12
