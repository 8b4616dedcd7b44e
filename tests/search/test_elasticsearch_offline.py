"""The Elasticsearch backend's mapping and request bodies, checked without a server."""

import dataclasses
import datetime

from search.backends.elastic import (
    EntryDocument,
    build_ranked,
    build_search,
    build_suggest,
    document_source,
)
from search.query import SearchFilters, parse_query
from search.registry import Entry


def test_mapping_uses_lexeme_and_german_analyzers():
    mapping = EntryDocument._doc_type.mapping.to_dict()["properties"]
    assert mapping["lexemes_body"] == {"type": "text", "analyzer": "portal_lexemes"}
    assert mapping["body"]["analyzer"] == "portal_german"
    assert mapping["tags"] == {"type": "keyword"}
    assert mapping["suggest"]["type"] == "completion"


def test_index_settings_define_the_german_analyzer():
    analysis = EntryDocument._index.to_dict()["settings"]["analysis"]["analyzer"]
    assert analysis["portal_german"]["filter"] == [
        "lowercase",
        "german_normalization",
        "german_stem",
    ]
    assert analysis["portal_lexemes"]["tokenizer"] == "whitespace"


def test_document_carries_python_lexemes_with_compound_parts():
    entry = Entry(
        key="page:1",
        kind="practice",
        title="Kinderferienprogramm",
        url="/praxis/augsburg/ferien/",
        summary="Für die Führungskräfte",
        date=datetime.date(2024, 5, 1),
        tags=["datenbasiert"],
    )
    source = document_source(entry)
    assert source["lexemes_title"] == "kinderferienprogramm"
    assert "ferienprogramm" in source["lexemes_parts"].split()
    assert source["lexemes_summary"] == "fur die fuhrungskraft"
    assert source["year"] == [2024]
    assert source["suggest"] == {
        "input": ["Kinderferienprogramm", "ferienprogramm", "programm"]
    }


def test_query_body_requires_every_term_and_keeps_phrases():
    body = build_search(
        "idx",
        parse_query('Bildungsberichte "im Sommer"'),
        SearchFilters(),
        "relevanz",
        0,
        10,
    ).to_dict()
    must = body["query"]["bool"]["must"]
    assert must[0]["multi_match"]["query"] == "bildungsbericht"
    assert "lexemes_title^10.0" in must[0]["multi_match"]["fields"]
    assert must[1]["multi_match"] == {
        "query": "im somm",
        "fields": ["lexemes_title", "lexemes_summary", "lexemes_body"],
        "type": "phrase",
    }
    assert body["size"] == 10 and body["from"] == 0


def test_facets_ignore_their_own_filter_but_apply_the_others():
    filters = SearchFilters(kinds=["practice"], cities=["Augsburg"])
    body = build_search(
        "idx", parse_query("Daten"), filters, "relevanz", 0, 10
    ).to_dict()
    assert body["post_filter"]["bool"]["filter"] == [
        {"terms": {"kind": ["practice"]}},
        {"terms": {"city": ["Augsburg"]}},
    ]
    kinds = body["aggs"]["kinds"]
    assert kinds["filter"]["bool"]["filter"] == [{"terms": {"city": ["Augsburg"]}}]
    assert kinds["aggs"]["values"]["terms"]["field"] == "kind"


def test_date_sort_and_empty_query_browse_newest_first():
    body = build_search(
        "idx", parse_query(""), SearchFilters(tags=["datenbasiert"]), "datum", 20, 10
    ).to_dict()
    assert body["query"] == {"match_all": {}}
    assert body["sort"][0] == {"date": {"order": "desc", "missing": "_last"}}
    assert body["from"] == 20


def test_ranked_keys_ask_only_for_keys_by_score_within_the_kinds():
    body = build_ranked(
        "idx", parse_query("Daten"), SearchFilters(kinds=["practice"]), 1000
    ).to_dict()
    assert body["query"]["bool"]["filter"] == [
        {"bool": {"filter": [{"terms": {"kind": ["practice"]}}]}}
    ]
    assert body["_source"] == ["key"]
    assert body["size"] == 1000
    assert "sort" not in body


def test_autocomplete_uses_the_completion_suggester():
    body = build_suggest("idx", "Bild", 8).to_dict()
    assert body["suggest"]["titles"] == {
        "prefix": "Bild",
        "completion": {"field": "suggest", "size": 8},
    }


def query_of(parsed):
    return build_search("idx", parsed, SearchFilters(), "relevanz", 0, 10).to_dict()[
        "query"
    ]


def test_a_widened_compound_also_matches_all_its_parts():
    term = query_of(parse_query("Quartiersplanung").widened())["bool"]["must"][0]
    whole, parts = term["bool"]["should"][:2]
    assert whole["multi_match"]["query"] == "quartiersplan"
    assert [m["multi_match"]["query"] for m in parts["bool"]["must"]] == [
        "quarti",
        "planung",
    ]
    assert term["bool"]["minimum_should_match"] == 1


def test_the_last_word_of_a_widened_query_matches_as_a_word_start():
    term = query_of(parse_query("Sozialr").widened())["bool"]["must"][0]
    prefixes = [q["prefix"] for q in term["bool"]["should"] if "prefix" in q]
    assert {"lexemes_title": {"value": "sozialr", "boost": 10.0}} in prefixes
    assert len(prefixes) == len(
        ["lexemes_title", "lexemes_summary", "lexemes_body", "lexemes_extra", "parts"]
    )


def test_a_relaxed_query_needs_all_terms_but_one():
    query = query_of(parse_query("Kinder Quartier Daten").widened(relaxed=True))
    assert len(query["bool"]["should"]) == 3
    assert query["bool"]["minimum_should_match"] == 2


def test_a_corrected_query_is_fuzzy_in_elasticsearch_too():
    parsed = dataclasses.replace(parse_query("Partizipation"), fuzzy=True)
    match = query_of(parsed)["bool"]["must"][0]["multi_match"]
    assert match["fuzziness"] == "AUTO:5,8"
    assert match["prefix_length"] == 1
