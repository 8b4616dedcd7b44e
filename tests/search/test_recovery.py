"""Recovery when the first pass finds nothing or little: correction, word
starts, compounds by their parts, and all words but one."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search import indexing, service
from search.backends.base import RawResults
from search.query import SearchFilters, parse_query
from tests.factories import PracticePageFactory, TagFactory


def titles(results):
    return [str(hit.title) for hit in results.hits]


def test_a_word_from_the_body_corrects_a_typo(corpus):
    PracticePageFactory(
        parent=corpus["plain"].get_parent(),
        title="Mitreden im Stadtteil",
        situation="<p>Partizipation junger Menschen an der Planung.</p>",
    )
    indexing.rebuild()

    results = service.search("Partizipaton")

    assert results.corrected == "Partizipation"
    assert titles(results) == ["Mitreden im Stadtteil"]


def test_the_page_names_the_correction_and_links_the_exact_words(client, corpus):
    response = client.get("/suche/", {"q": "Bildungsberict"})
    soup = BeautifulSoup(response.content, "html.parser")

    notice = soup.select_one(".search-notice")
    assert notice.get_text(" ", strip=True) == (
        "Ergebnisse für „Bildungsbericht“ – stattdessen suchen nach „Bildungsberict“"
    )
    assert notice.a["href"] == "?q=Bildungsberict&genau=1"
    assert soup.select_one(".result-count").get_text() == (
        "1 Treffer für „Bildungsbericht“"
    )


def test_the_last_word_counts_as_the_start_of_a_longer_one(corpus):
    results = service.search("Kinderferienprog")

    assert titles(results) == ["Ferien für alle"]
    assert not results.corrected


def test_a_compound_is_found_by_its_parts_standing_apart(corpus):
    # "Quartier" and "Bildungsplanung" stand in the teaser, never "Quartiersplanung".
    results = service.search("Quartiersplanung")

    assert titles(results) == ["Der dritte Bildungsbericht"]


def test_all_words_but_one_with_a_notice(client, corpus):
    response = client.get("/suche/", {"q": "Kinderferienprogramm Quantenphysik"})
    soup = BeautifulSoup(response.content, "html.parser")

    hits = [a.get_text() for a in soup.select(".search-hit .card__title a")]
    assert hits == ["Ferien für alle"]
    assert soup.select_one(".search-notice").get_text() == (
        "Kein Eintrag enthält alle Suchwörter. Gezeigt werden Einträge, in denen "
        "eines davon fehlt."
    )


@pytest.mark.parametrize("query", ["Quantenphysik", "Mondlandung Raumfahrt", "xqzv"])
def test_a_query_without_any_near_answer_stays_empty(corpus, query):
    results = service.search(query)

    assert (results.total, results.corrected, results.relaxed) == (0, "", False)


def test_nothing_is_repaired_when_only_the_filters_leave_nothing(corpus):
    filters = SearchFilters(cities=["Kaiserslautern"])

    results = service.search("Kinderferienprogramm", filters)

    assert (results.total, results.corrected, results.relaxed) == (0, "", False)


class CountingScope(service.SearchScope):
    """The search page's passes, remembering which queries ran."""

    def __init__(self, total):
        super().__init__(SearchFilters(), "relevanz", 0, 10)
        self.total, self.asked = total, []

    def run(self, query):
        self.asked.append(query)
        return RawResults(hits=[], total=self.total, facets={})


def test_recovery_never_runs_when_the_first_pass_has_enough_hits():
    scope = CountingScope(total=service.THIN)

    service.recovered(parse_query("Bildung Planung"), scope)

    assert len(scope.asked) == 1


def test_a_word_inside_a_compound_title_completes_it(corpus):
    labels = [s["label"] for s in service.autocomplete("Bericht")]

    assert "Der dritte Bildungsbericht" in labels


def test_tags_complete_folded_and_by_a_compounds_part(corpus):
    corpus["report"].tags.add(TagFactory(name="Frühe Bildung"))
    corpus["report"].save()
    indexing.rebuild()

    assert "#Frühe Bildung" in [s["label"] for s in service.autocomplete("Fruehe")]
    assert "#Bildungsmonitoring" in [
        s["label"] for s in service.autocomplete("Monitoring")
    ]


@pytest.fixture
def promoted(corpus):
    query = Query.objects.create(query_string="ferienprogramm")
    SearchPromotion.objects.create(
        query=query, page=corpus["report"], description="Unser Tipp"
    )


def promoted_titles(client, params):
    response = client.get("/suche/", params)
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in soup.select(".card--promoted a")]


def test_a_promotion_shows_for_an_inflected_form_of_its_query(client, promoted):
    titles = promoted_titles(client, {"q": "Ferienprogramme"})

    assert titles == ["Der dritte Bildungsbericht"]


def test_no_promotion_beside_a_page_the_filters_left_empty(client, promoted):
    titles = promoted_titles(client, {"q": "Ferienprogramm", "stadt": "Kaiserslautern"})

    assert titles == []


def test_no_spelling_is_offered_that_finds_nothing(corpus):
    corpus["report"].unpublish()  # its words stay in the vocabulary until a rebuild

    results = service.search("Bildungsberict", exact=True)

    assert (results.total, results.suggestion) == (0, "")


@pytest.fixture
def full_first_pass(corpus):
    """THIN practices with "Sommerferien": the first pass is enough."""
    for number in range(service.THIN):
        PracticePageFactory(
            parent=corpus["plain"].get_parent(),
            title=f"Sommerferien {number}",
            teaser="Angebote in den Sommerferien.",
        )
    indexing.rebuild()


def test_a_full_first_pass_costs_the_bare_search_and_the_tag_names(
    full_first_pass, settings
):
    settings.SEARCH_CACHE_TIMEOUT = 0  # every call searches
    parsed = parse_query("Sommerferien")
    service.search("Sommerferien")  # the entry index, built once per version
    with CaptureQueriesContext(connection) as bare:
        raw = service.get_backend().search(parsed, SearchFilters(), "relevanz", 0, 10)
    with CaptureQueriesContext(connection) as page:
        results = service.search("Sommerferien")

    assert raw.total == results.total == service.THIN
    assert len(page) == len(bare) + 1  # the tag names of hits and facets


def test_a_full_listing_keyword_asks_for_nothing_beyond_its_keys(
    full_first_pass, settings
):
    settings.SEARCH_CACHE_TIMEOUT = 0
    parsed = parse_query("Sommerferien")
    filters = SearchFilters(kinds=["practice"])
    service.keyword_matches("Sommerferien", kinds=["practice"])  # the entry index
    with CaptureQueriesContext(connection) as bare:
        keys = service.get_backend().ranked_keys(parsed, filters, service.MAX_RANKED)
    with CaptureQueriesContext(connection) as listing:
        matches = service.keyword_matches("Sommerferien", kinds=["practice"])

    assert matches.keys == keys
    assert len(listing) == len(bare)
