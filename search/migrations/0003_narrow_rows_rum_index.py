"""PostgreSQL: narrow heap rows, and a RUM index where the extension exists.

A broad term matches most entries; counting them visits every matching row.
With `toast_tuple_target` at its minimum the texts and lexemes live in TOAST,
while titles, URLs and facet values stay in the row: ~30 entries per heap
page instead of ~6. RUM keeps lexeme positions in the index and orders by
relevance from there (`<=>`), without reading each match's vector. Without
the extension (or the right to create it) the GIN index stays.
"""

import logging

from django.db import DatabaseError, migrations, transaction

logger = logging.getLogger(__name__)

TABLE = "search_searchentry"
# Short columns that are read for every match or sorted on stay in the row.
INLINE_COLUMNS = ("key", "kind", "title", "url", "city", "title_folded")


def rum_available(connection):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")
        return cursor.fetchone() is not None


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {TABLE} SET (toast_tuple_target = 128)")
    for column in INLINE_COLUMNS:
        schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN {column} SET STORAGE PLAIN")
    # Rewritten rows are toasted under the new target.
    schema_editor.execute(f"UPDATE {TABLE} SET search_vector = search_vector")
    if not rum_available(connection):
        logger.warning("PostgreSQL-Erweiterung rum fehlt: Suche bleibt beim GIN-Index.")
        return
    try:
        with transaction.atomic(using=connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS rum")
    except DatabaseError as error:
        logger.warning("rum nicht aktivierbar (%s): Suche bleibt beim GIN-Index.", error)
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS search_entry_vector_rum "
        f"ON {TABLE} USING rum (search_vector rum_tsvector_ops)"
    )
    schema_editor.execute("DROP INDEX IF EXISTS search_entry_vector_gin")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS search_entry_vector_gin "
        f"ON {TABLE} USING gin (search_vector)"
    )
    schema_editor.execute("DROP INDEX IF EXISTS search_entry_vector_rum")
    schema_editor.execute(f"ALTER TABLE {TABLE} RESET (toast_tuple_target)")
    for column in INLINE_COLUMNS:
        schema_editor.execute(
            f"ALTER TABLE {TABLE} ALTER COLUMN {column} SET STORAGE EXTENDED"
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext_index")]

    operations = [migrations.RunPython(forwards, backwards)]
