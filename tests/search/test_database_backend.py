"""The database backend's own machinery: match sets as bitset words, the entry
index over ids with gaps, PostgreSQL's RUM index and the result cache."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.facetindex import FacetIndex
from search import service
from search.backends.database import DatabaseBackend, mask_from_words
from search.models import SearchEntry, SearchEntryTag
from search.query import SearchFilters, parse_query
from search.registry import Entry

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


@pytest.fixture
def tiers(backend_name, db):
    """One entry with the word in the summary, two with it only in the text."""
    backend = DatabaseBackend()
    backend.index_entries(
        [
            Entry(
                key="tier:summary",
                kind="practice",
                title="Sommer in der Stadt",
                url="/summary/",
                summary="Ein Zirkusprojekt für Kinder.",
                tags=["partizipativ"],
            ),
            Entry(
                key="tier:text",
                kind="practice",
                title="Ferienangebote",
                url="/text/",
                body=" ".join(["Zirkusprojekt mit Kindern."] * 20),
            ),
            Entry(
                key="tier:once",
                kind="practice",
                title="Jugendarbeit",
                url="/once/",
                body="Auch ein Zirkusprojekt.",
            ),
        ]
    )
    return backend


def urls_on_page(backend, offset, limit, query="Zirkusprojekt"):
    results = backend.search(
        parse_query(query), SearchFilters(), "relevanz", offset, limit
    )
    return [hit.url for hit in results.hits]


def test_a_hit_in_title_or_summary_ranks_before_hits_in_the_text(tiers):
    assert urls_on_page(tiers, 0, 3) == ["/summary/", "/text/", "/once/"]


def test_pages_continue_past_the_title_and_summary_hits(tiers):
    pages = [urls_on_page(tiers, offset, 1) for offset in range(4)]
    assert pages == [["/summary/"], ["/text/"], ["/once/"], []]


def test_a_page_can_straddle_both_tiers(tiers):
    assert urls_on_page(tiers, 0, 2) == ["/summary/", "/text/"]
    assert urls_on_page(tiers, 1, 2) == ["/text/", "/once/"]


@postgres_only
def test_postgres_writes_each_entry_once_without_updating_it(tiers):
    with CaptureQueriesContext(connection) as queries:
        tiers.index_entries(
            [Entry(key="tier:new", kind="practice", title="Neu", url="/neu/")]
        )
    assert not [q for q in queries if q["sql"].lstrip().upper().startswith("UPDATE")]
    assert urls_on_page(tiers, 0, 1, "Neu") == ["/neu/"]


@postgres_only
def test_the_head_vector_holds_the_title_and_summary_part_of_the_vector(corpus):
    # The migration fills existing rows with ts_filter; new rows must agree.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*), count(*) FILTER (WHERE head_vector = "
            "ts_filter(search_vector, '{a,b}')) FROM search_searchlexemes"
        )
        total, agreeing = cursor.fetchone()
    assert total > 0
    assert agreeing == total


@postgres_only
@pytest.mark.django_db
def test_postgres_keeps_a_gin_index_for_matching_beside_the_rum_indexes():
    backend = DatabaseBackend()
    expected = ["search_entry_head_gin", "search_entry_vector_gin"]
    if backend.has_rum:
        expected = [
            "search_entry_head_rum",
            "search_entry_vector_gin",
            "search_entry_vector_rum",
        ]
    assert backend.fulltext_indexes == expected


def test_filters_apply_on_both_sides_of_the_title_and_summary_tier(tiers):
    tiers.index_entries(
        [
            Entry(
                key="tier:elsewhere",
                kind="dossier",
                title="Zirkusprojekt im Dossier",
                url="/elsewhere/",
            )
        ]
    )
    practices = SearchFilters(kinds=["practice"])
    pages = [
        tiers.search(parse_query("Zirkusprojekt"), practices, "relevanz", offset, 1)
        for offset in range(4)
    ]
    assert [[hit.url for hit in page.hits] for page in pages] == [
        ["/summary/"],
        ["/text/"],
        ["/once/"],
        [],
    ]


def test_equal_ranks_are_split_the_same_way_on_every_page(backend_name, db):
    backend = DatabaseBackend()
    backend.index_entries(
        [
            Entry(key=f"same:{n}", kind="practice", title="Zirkus", url=f"/{n}/")
            for n in range(6)
        ]
    )
    pages = [urls_on_page(backend, offset, 2, "Zirkus") for offset in (0, 2, 4)]
    assert sorted(url for page in pages for url in page) == [f"/{n}/" for n in range(6)]


def test_deleting_entries_removes_every_row_without_loading_them(tiers):
    keys = ["tier:summary", "tier:text", "tier:once"]
    with CaptureQueriesContext(connection) as queries:
        tiers.delete_keys(keys)
    reads = [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().startswith("SELECT") and "pg_advisory" not in q["sql"]
    ]
    assert len(reads) == 1  # the ids of the keys
    assert "body" not in reads[0]
    table = (
        "search_searchlexemes"
        if connection.vendor == "postgresql"
        else ("search_entry_fts")
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608
        assert cursor.fetchone()[0] == 0
    assert not SearchEntry.objects.exists()
    assert not SearchEntryTag.objects.exists()
