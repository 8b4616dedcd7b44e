"""PostgreSQL rebuilds the lexemes in a table of their own and swaps it in."""

import threading
import time

import psycopg
import pytest
from django.db import connection

from search.backends import lexeme_swap
from search.backends.database import DatabaseBackend
from search.registry import Entry

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="nur auf PostgreSQL"
)


def entry(key, title):
    return Entry(key=key, kind="practice", title=title, url=f"/{key}/")


def table_shape():
    with connection.cursor() as cursor:
        return (
            lexeme_swap.live_indexes(cursor),
            lexeme_swap.live_constraints(cursor),
            lexeme_swap.live_options(cursor),
        )


def other_connection():
    """A second session on the test database, as another server's search."""
    settings = connection.settings_dict
    conn = psycopg.connect(
        host=settings["HOST"] or None,
        port=settings["PORT"] or None,
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        dbname=settings["NAME"],
        autocommit=True,
    )
    # A search that waits for the whole rebuild fails here instead.
    conn.execute("SET statement_timeout = '5s'")
    return conn


def matches(conn, word):
    return conn.execute(
        "SELECT count(*) FROM search_searchlexemes WHERE search_vector @@ %s::tsquery",
        [word],
    ).fetchone()[0]


@pytest.mark.django_db
def test_a_rebuild_keeps_the_tables_indexes_and_constraints():
    backend = DatabaseBackend()
    backend.index_entries([entry("alt", "Stadtteilschule")])
    before = table_shape()
    assert "toast_tuple_target=128" in before[2]
    backend.rebuild([[entry("neu", "Quartiersschule")]])
    assert table_shape() == before
    assert backend.fulltext_indexes == sorted(name for name, _ in before[0])


@pytest.mark.django_db
def test_entries_written_after_a_rebuild_are_found():
    backend = DatabaseBackend()
    backend.rebuild([[entry("neu", "Quartiersschule")]])
    backend.index_entries([entry("danach", "Lernwerkstatt")])
    assert matches_here("lernwerkstatt") == 1
    assert matches_here("quartiersschul") == 1


def matches_here(word):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM search_searchlexemes "
            "WHERE search_vector @@ %s::tsquery",
            [word],
        )
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_other_servers_search_the_old_rows_until_the_rebuild_commits():
    backend = DatabaseBackend()
    backend.index_entries([entry("alt", "Stadtteilschule")])
    other = other_connection()
    seen_during = []

    def batches():
        yield [entry("neu", "Quartiersschule")]
        # Mid-rebuild, from another session: the old row, without waiting.
        seen_during.append(
            (matches(other, "stadtteilschul"), matches(other, "quartiersschul"))
        )

    try:
        backend.rebuild(batches())
        after = (matches(other, "stadtteilschul"), matches(other, "quartiersschul"))
    finally:
        other.close()
    assert seen_during == [(1, 0)]
    assert after == (0, 1)


def lock_waiters():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND datname = current_database()"
        )
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_an_entry_written_during_a_rebuild_waits_for_it_without_deadlock():
    backend = DatabaseBackend()
    backend.index_entries([entry("alt", "Stadtteilschule")])
    rebuilding, outcome = threading.Event(), {}

    def publish():
        rebuilding.wait(10)
        try:
            DatabaseBackend().index_entries([entry("alt", "Lernwerkstatt")])
            outcome["writer"] = "ok"
        except Exception as error:  # noqa: BLE001 (reported by the assertion)
            outcome["writer"] = repr(error)
        finally:
            connection.close()

    def batches():
        yield [entry("alt", "Stadtteilschule"), entry("neu", "Quartiersschule")]
        rebuilding.set()
        deadline = time.monotonic() + 10
        while not lock_waiters() and time.monotonic() < deadline:
            time.sleep(0.05)  # until the publish waits for the rebuild

    writer = threading.Thread(target=publish)
    writer.start()
    backend.rebuild(batches())
    writer.join(20)
    assert outcome == {"writer": "ok"}
    assert matches_here("lernwerkstatt") == 1
    assert matches_here("stadtteilschul") == 0
