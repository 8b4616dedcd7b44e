"""The database backend's own machinery: match sets as bitset words, the entry
index over ids with gaps, PostgreSQL's RUM index and the result cache."""

import pytest
from django.db import connection

from portal.facetindex import FacetIndex
from search import service
from search.backends.database import DatabaseBackend, mask_from_words
from search.models import SearchEntry
from search.query import SearchFilters, parse_query

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="nur auf PostgreSQL"
)


@pytest.fixture
def backend_name(settings):
    """This module is about the database backend only."""
    settings.ELASTICSEARCH_URL = ""
    service.get_backend.cache_clear()
    yield "database"
    service.get_backend.cache_clear()


def test_words_with_the_sign_bit_become_the_right_bits():
    # Word 1 holds bits 64 and 127; bit 127 arrives as a negative bigint.
    assert mask_from_words([(0, 0b101), (1, 1 | -(1 << 63))]) == (
        0b101 | 1 << 64 | 1 << 127
    )


def test_no_words_is_no_match():
    assert mask_from_words([]) == 0


def test_gaps_in_the_ids_are_not_counted_as_entries():
    index = FacetIndex.build([10, None, 12], {})
    assert index.everything.bit_count() == 2


def test_counts_stay_right_after_entries_were_rewritten(corpus):
    # Rewriting an entry gives it a new id and leaves a gap below.
    page = corpus["holiday"]
    before = SearchEntry.objects.get(key=f"page:{page.pk}").pk
    page.save_revision().publish()
    assert SearchEntry.objects.get(key=f"page:{page.pk}").pk != before
    results = service.search("Kinder")
    assert results.total == 1
    facets = {f.key: {o.value: o.count for o in f.options} for f in results.facets}
    assert facets["cities"] == {"Augsburg": 1}


def test_backend_count_matches_the_result_total(corpus):
    backend = DatabaseBackend()
    parsed = parse_query("klar")
    filters = SearchFilters(cities=["Kaiserslautern"])
    assert backend.count(parsed, filters) == service.search("klar", filters).total == 2


def test_date_order_reads_the_index_newest_first_undated_last(corpus):
    results = service.search("", SearchFilters(cities=["Augsburg"]), sort="datum")
    assert [hit.url for hit in results.hits] == [
        corpus["holiday"].url,
        corpus["report"].url,
        corpus["holiday"].get_parent().url,  # the city page has no date
    ]


def test_a_repeated_search_is_answered_from_the_cache(
    corpus, django_assert_num_queries
):
    first = service.search("Bildungsbericht")
    with django_assert_num_queries(0):
        again = service.search("Bildungsbericht")
    assert [h.url for h in again.hits] == [h.url for h in first.hits]


def test_a_published_change_is_found_at_once_despite_the_cache(corpus):
    assert service.search("Zirkusprojekt").total == 0
    page = corpus["plain"]
    page.title = "Zirkusprojekt"
    page.save_revision().publish()
    assert service.search("Zirkusprojekt").total == 1


@postgres_only
@pytest.mark.django_db
def test_postgres_ranks_with_the_rum_index_when_the_extension_exists():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")
        available = cursor.fetchone() is not None
    assert DatabaseBackend().has_rum == available


@postgres_only
def test_ranking_without_rum_finds_the_same_hits(corpus, monkeypatch):
    backend = DatabaseBackend()
    parsed = parse_query("Kinder Daten")
    with_rum = backend.search(parsed, SearchFilters(), "relevanz", 0, 10)
    monkeypatch.setattr(DatabaseBackend, "has_rum", False)
    with_gin = DatabaseBackend().search(parsed, SearchFilters(), "relevanz", 0, 10)
    assert {h.key for h in with_gin.hits} == {h.key for h in with_rum.hits}
