"""One contract for every search backend: what a German reader expects."""

import pytest

from search import indexing, service
from search.query import SearchFilters
from tests.factories import PracticePageFactory


def titles(query, **kwargs):
    return {
        hit.title.replace("<mark>", "").replace("</mark>", "")
        for hit in service.search(query, **kwargs).hits
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Bildungsberichte", {"Der dritte Bildungsbericht"}),
        ("Quartieren", {"Der dritte Bildungsbericht"}),
        ("Führungskräfte", {"Der dritte Bildungsbericht"}),
        ("Fuhrungskrafte", {"Der dritte Bildungsbericht"}),
        ("Fuehrungskraefte", {"Der dritte Bildungsbericht"}),
        ("Ferienprogramm", {"Ferien für alle"}),
        ("Planung", {"Der dritte Bildungsbericht"}),
        ("KLAR", {"KLAR"}),
    ],
)
def test_german_queries_find_what_a_reader_expects(corpus, query, expected):
    assert titles(query) == expected


def test_lower_case_word_finds_the_acronym_and_the_word(corpus):
    assert titles("klar") == {"KLAR", "Sprechstunde"}


def test_all_words_must_match(corpus):
    assert titles("Kinderferienprogramm Sommer") == {"Ferien für alle"}


def test_without_an_entry_having_all_words_all_but_one_must_match(corpus):
    results = service.search("Kinderferienprogramm Führungskräfte")
    assert results.relaxed
    assert {hit.url for hit in results.hits} == {
        corpus["holiday"].url,
        corpus["report"].url,
    }


def test_a_phrase_never_runs_through_a_compounds_part(corpus):
    # "… Quartier und Bildungsplanung …": the same on every database.
    assert titles('"und Planung"') == set()
    assert titles('"und Bildungsplanung"') == {"Der dritte Bildungsbericht"}


def test_exact_phrase_in_quotes(corpus):
    assert titles('"Kinderferienprogramm im Sommer"') == {"Ferien für alle"}
    assert titles('"Sommer im Kinderferienprogramm"') == set()


def test_hits_carry_highlighted_snippet_city_and_kind(corpus):
    hit = service.search("Ferienprogramm").hits[0]
    assert "<mark>Kinderferienprogramm</mark>" in hit.snippet
    assert hit.city == "Augsburg"
    assert hit.kind == "practice"
    assert hit.url == corpus["holiday"].url


def test_snippet_escapes_what_editors_typed(corpus):
    page = corpus["plain"]
    page.teaser = "<script>alert('x')</script> Sprechstunde"
    page.save_revision().publish()
    snippet = service.search("Sprechstunde").hits[0].snippet
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet


def test_facets_count_types_cities_and_tags(corpus):
    results = service.search("Kinder")
    facets = {
        facet.key: {o.value: o.count for o in facet.options} for facet in results.facets
    }
    assert facets["kinds"] == {"practice": 1}
    assert facets["cities"] == {"Augsburg": 1}
    assert facets["tags"] == {"datenbasiert": 1}


def test_filters_narrow_and_facets_of_the_filter_keep_alternatives(corpus):
    results = service.search("klar", SearchFilters(cities=["Kaiserslautern"]))
    assert results.total == 2
    filtered = service.search("Daten", SearchFilters(tags=["bildungsmonitoring"]))
    assert [h.url for h in filtered.hits] == [corpus["report"].url]


def test_sort_by_date_puts_newest_first(corpus):
    results = service.search("klar", sort="datum")
    dates = [hit.date for hit in results.hits]
    assert dates == sorted(dates, reverse=True)


def test_a_misspelt_query_shows_the_hits_of_its_correction(corpus):
    results = service.search("Bildungsberict")
    assert results.corrected == "Bildungsbericht"
    assert [hit.url for hit in results.hits] == [corpus["report"].url]


def test_the_exact_misspelling_finds_nothing_but_suggests_the_correction(corpus):
    results = service.search("Bildungsberict", exact=True)
    assert results.total == 0
    assert results.suggestion == "Bildungsbericht"


def test_drafts_never_appear(corpus):
    page = corpus["klar"]
    page.unpublish()
    assert "KLAR" not in titles("KLAR")


def test_private_pages_stay_out_of_hits_facets_and_autocomplete(private_practice):
    results = service.search("Sitzungsunterlage")
    assert results.total == 0
    assert titles("Kinderferienprogramm") == {"Ferien für alle"}
    kinds = {o.value: o.count for o in service.search("Kinder").facets[0].options}
    assert kinds == {"practice": 1}
    labels = [s["label"] for s in service.autocomplete("Vertrau")]
    assert labels == []


def test_ranked_keys_list_matches_of_the_kinds_best_first(corpus):
    keys = service.ranked_keys("klar", kinds=["practice"])
    assert keys == [f"page:{corpus['klar'].pk}", f"page:{corpus['plain'].pk}"]
    assert service.ranked_keys("klar", kinds=["article"]) == []
    assert service.ranked_keys("und") == []


def test_ranked_keys_leave_private_pages_out(private_practice):
    assert service.ranked_keys("Sitzungsunterlage", kinds=["practice"]) == []


def test_autocomplete_offers_titles_and_tags(corpus):
    labels = [s["label"] for s in service.autocomplete("Bild")]
    assert "#Bildungsmonitoring" in labels
    assert [s["label"] for s in service.autocomplete("dritte")] == [
        "Der dritte Bildungsbericht"
    ]


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "x" * 10_000,
        '"',
        '"unbalanced quote',
        "AND OR NOT",
        "* ? ~ ^ : ( ) { } [ ] -",
        "'; DROP TABLE search_searchentry; --",
        "title:foo AND body:(bar OR baz)",
        "\x00\x01\x1f",
        "ℌ𝔢𝔩𝔩𝔬 😀 中文 ع",
    ],
)
def test_hostile_queries_never_fail(corpus, query):
    results = service.search(query)
    assert results.total >= 0
    service.autocomplete(query)


@pytest.fixture
def schools(corpus):
    parent = corpus["plain"].get_parent()
    for title, teaser in [
        ("Schulen im Quartier", "Jede Schule öffnet sich dem Stadtteil."),
        ("Schule und Beruf", "Schulen begleiten den Übergang."),
        ("MINT für Mädchen", "Workshops wecken bei Schülerinnen das Interesse."),
        ("Orte für Familien", "Quartiersbildungszentren in den Stadtteilen."),
    ]:
        PracticePageFactory(parent=parent, title=title, teaser=teaser)
    indexing.rebuild()


def test_a_feminine_noun_finds_its_pages_not_those_of_its_stem(schools):
    assert titles("Schülerin") == {"MINT für Mädchen"}
    assert "MINT für Mädchen" in titles("Schüler")


def test_a_borrowed_singular_finds_the_plural_inside_a_compound(schools):
    assert titles("Bildungszentrum") == {"Orte für Familien"}


def test_each_word_counts_on_its_own_not_how_close_they_stand(corpus):
    # The city stands in the short profile's last line, both words together
    # in one sentence of a long report: the profile is about the query.
    lautern = corpus["klar"].get_parent()
    PracticePageFactory(
        parent=lautern,
        title="Informationssystem für Leitungen",
        teaser="KLAR bündelt die Kennzahlen der Ämter.",
    )
    filler = " ".join(["Die Kommunen berichten aus ihrer Arbeit."] * 60)
    PracticePageFactory(
        parent=corpus["holiday"].get_parent(),
        title="Bericht vom Netzwerktreffen",
        teaser="Ein Rückblick auf zwei Tage.",
        situation=f"<p>{filler} Vorgestellt: KLAR aus Kaiserslautern. {filler}</p>",
    )
    indexing.rebuild()

    hits = service.search("KLAR Kaiserslautern").hits
    ranked = [
        str(hit.title).replace("<mark>", "").replace("</mark>", "") for hit in hits
    ]

    assert sorted(ranked) == [
        "Bericht vom Netzwerktreffen",
        "Informationssystem für Leitungen",
        "KLAR",
    ]
    assert ranked[-1] == "Bericht vom Netzwerktreffen"
