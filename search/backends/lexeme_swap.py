"""A rebuild of the PostgreSQL lexemes beside the live table, swapped in at
the end of the rebuild's transaction.

A RUM index grows row by row about 20 times slower than it is built over a
filled table (3,000 rows: 26 s against 1.4 s), so a rebuild writes the
vectors into a new table without indexes, builds its indexes and constraints
there under passing names and then lets it take the live table's place.
Searches read the old rows meanwhile and wait only for the swap, not for the
build.
"""

import re

from django.db import connection

from ..models import SearchLexemes

LIVE = SearchLexemes._meta.db_table
BUILD = f"{LIVE}_build"
WRITE_LOCK = 7_300_514  # advisory lock between a rebuild and single writes
INDEX_HEAD = re.compile(r"^(CREATE (?:UNIQUE )?INDEX) (\S+) ON (\S+) ")


def live_indexes(cursor):
    """(name, definition) of the live table's indexes that no constraint owns."""
    cursor.execute(
        "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE i.indrelid = %s::regclass AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) "
        "ORDER BY c.relname",
        [LIVE],
    )
    return cursor.fetchall()


def live_constraints(cursor):
    """(name, definition) of the live table's constraints, primary key first."""
    cursor.execute(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = %s::regclass ORDER BY contype <> 'p', conname",
        [LIVE],
    )
    return cursor.fetchall()


def live_options(cursor):
    """The live table's storage parameters (`toast_tuple_target`, which keeps
    the heap rows narrow); CREATE TABLE … LIKE does not copy them."""
    cursor.execute("SELECT reloptions FROM pg_class WHERE oid = %s::regclass", [LIVE])
    return cursor.fetchone()[0] or []


def wait_for_rebuild():
    """For a writer of single entries, before it touches a search table.

    It waits here while a rebuild runs; holding the live table while waiting
    for rows the rebuild deleted, it would deadlock with the swap.
    """
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock_shared(%s)", [WRITE_LOCK])


def rebuild_beside(clear, write_entries):
    """`clear()` the old entries, let `write_entries(table)` fill `table` with
    the new lexemes, then swap that table in. Call inside a transaction."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])
        indexes, constraints = live_indexes(cursor), live_constraints(cursor)
        cursor.execute(f"DROP TABLE IF EXISTS {BUILD}")
        cursor.execute(
            f"CREATE TABLE {BUILD} "
            f"(LIKE {LIVE} INCLUDING DEFAULTS INCLUDING STORAGE INCLUDING COMPRESSION)"
        )
        options = live_options(cursor)
        if options:
            cursor.execute(f"ALTER TABLE {BUILD} SET ({', '.join(options)})")
    clear()
    write_entries(BUILD)
    with connection.cursor() as cursor:
        renames = []
        for number, (name, definition) in enumerate(constraints):
            passing = f"{BUILD}_c{number}"
            cursor.execute(f"ALTER TABLE {BUILD} ADD CONSTRAINT {passing} {definition}")
            renames.append(f"ALTER TABLE {LIVE} RENAME CONSTRAINT {passing} TO {name}")
        for number, (name, definition) in enumerate(indexes):
            passing = f"{BUILD}_i{number}"
            cursor.execute(INDEX_HEAD.sub(rf"\1 {passing} ON {BUILD} ", definition))
            renames.append(f"ALTER INDEX {passing} RENAME TO {name}")
        # Deferred foreign key checks pending on the old table would forbid
        # dropping it; they run now, against the new rows.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"DROP TABLE {LIVE}")
        cursor.execute(f"ALTER TABLE {BUILD} RENAME TO {LIVE}")
        for statement in renames:
            cursor.execute(statement)
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
