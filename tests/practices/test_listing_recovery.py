"""The keyword field of /praxis/ recovers like /suche/: a typo, an unfinished
word, a compound whose parts stand apart, a word too many; never a query that
only the filters left without practices."""

from bs4 import BeautifulSoup

from search import indexing, service
from tests.factories import PracticePageFactory


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(page):
    return [a.get_text() for a in page.select(".practice-card .card__title a")]


def notice(page):
    found = page.select_one(".search-notice")
    return found.get_text(" ", strip=True) if found else ""


def test_a_typo_shows_the_corrected_words_practices_at_once(client, searchable):
    page = soup(client.get("/praxis/", {"q": "Jugendhlife"}))

    assert titles(page) == ["Integriertes Sozialmanagement"]
    assert page.select_one(".result-count").get_text() == (
        "1 Praxisprofil zum Suchbegriff „Jugendhilfe“"
    )
    assert notice(page) == (
        "Ergebnisse für „Jugendhilfe“ – stattdessen suchen nach „Jugendhlife“"
    )
    assert page.select_one(".search-notice a")["href"] == "?q=Jugendhlife&genau=1"


def test_the_exact_words_link_keeps_the_filters(client, searchable):
    page = soup(client.get("/praxis/", {"q": "Jugendhlife", "ansatz": "datenbasiert"}))

    assert titles(page) == ["Integriertes Sozialmanagement"]
    assert page.select_one(".search-notice a")["href"] == (
        "?q=Jugendhlife&genau=1&ansatz=datenbasiert"
    )


def test_the_exact_words_offer_the_correction_instead(client, searchable):
    page = soup(client.get("/praxis/", {"q": "Jugendhlife", "genau": "1"}))

    assert titles(page) == []
    assert notice(page) == ""
    suggestion = page.select_one(".empty-state .suggestion a")
    assert (suggestion.get_text(), suggestion["href"]) == (
        "Jugendhilfe",
        "?q=Jugendhilfe",
    )
    chips = {a.get_text(" ", strip=True): a["href"] for a in page.select(".chip")}
    assert chips["Suchbegriff: Jugendhlife – Filter entfernen ×"] == "?"


def test_the_last_word_counts_as_the_start_of_a_longer_one(client, searchable):
    page = soup(client.get("/praxis/", {"q": "Bildungsber"}))

    assert titles(page) == ["Bildungsmonitoring"]
    assert notice(page) == ""


def test_a_compound_is_found_by_its_parts_standing_apart(client, searchable):
    # "Daten zu jedem Quartier", never "Quartiersdaten".
    page = soup(client.get("/praxis/", {"q": "Quartiersdaten"}))

    assert sorted(titles(page)) == [
        "Bildungsmonitoring",
        "Integriertes Sozialmanagement",
    ]


def test_all_words_but_one_with_a_notice(client, searchable):
    page = soup(client.get("/praxis/", {"q": "Eltern Quantenphysik"}))

    assert titles(page) == ["Quartiersbüros"]
    assert notice(page) == (
        "Kein Praxisprofil enthält alle Suchwörter. Gezeigt werden Profile, in "
        "denen eines davon fehlt."
    )


def test_nothing_is_repaired_when_only_the_filters_leave_nothing(client, searchable):
    # Both words stand in the Mannheim "Quartiersbüros"; Augsburg's profile
    # has "Quartier" alone and must not be offered as all-but-one.
    page = soup(client.get("/praxis/", {"q": "Eltern Quartier", "stadt": "augsburg"}))

    assert titles(page) == []
    assert notice(page) == ""
    assert page.select_one(".empty-state .suggestion") is None
    assert "mit diesen Filtern" in page.select_one(".empty-state").get_text()


def test_a_query_without_any_near_answer_stays_empty(client, searchable):
    page = soup(client.get("/praxis/", {"q": "Quantenphysik"}))

    assert titles(page) == []
    assert notice(page) == ""


def test_pagination_keeps_the_exact_words(client, searchable):
    for number in range(12):
        PracticePageFactory(
            parent=searchable["mannheim"],
            title=f"Quartiersarbeit {number}",
            teaser="Arbeit im Quartier.",
        ).save_revision().publish()
    indexing.rebuild()

    page = soup(client.get("/praxis/", {"q": "Quartier", "genau": "1"}))

    assert page.select_one("a[rel=next]")["href"] == "?q=Quartier&genau=1&seite=2"
    chips = {a.get_text(" ", strip=True): a["href"] for a in page.select(".chip")}
    assert chips["Suchbegriff: Quartier – Filter entfernen ×"] == "?"


def test_a_keyword_with_enough_hits_asks_the_index_once(searchable, monkeypatch):
    asked = []
    backend = service.get_backend()
    ranked = backend.ranked_keys

    def recorded(parsed, filters, limit):
        asked.append(parsed)
        return ranked(parsed, filters, limit)

    monkeypatch.setattr(backend, "ranked_keys", recorded)

    matches = service.keyword_matches("Quartier", kinds=["practice"])

    assert len(matches.keys) == service.THIN
    assert [query.text for query in asked] == ["Quartier"]
