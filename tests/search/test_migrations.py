"""search.0004 moves existing lexemes into their own table and back."""

import pytest
from django.db import connection

from tests.migrations import migrate, migrate_to_latest

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="nur auf PostgreSQL"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
BEFORE = [("search", "0003_narrow_rows_rum_index")]
VECTOR = "'kind':9C 'sommer':3B 'zirkus':1A"  # as PostgreSQL prints it


def fetch(sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


@pytest.fixture
def old_entry():
    migrate(BEFORE)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO search_searchentry (key, kind, title, url, summary, body, "
            "city, title_folded, updated_at, search_vector) VALUES ('page:1', "
            "'practice', 'Zirkus', '/zirkus/', '', '', '', 'zirkus', now(), %s)",
            [VECTOR],
        )
    yield
    migrate_to_latest()


def test_forwards_copies_the_vector_and_splits_off_title_and_summary(old_entry):
    migrate_to_latest()
    rows = fetch(
        "SELECT search_vector::text, head_vector::text FROM search_searchlexemes"
    )
    assert rows == [(VECTOR, "'sommer':3B 'zirkus':1A")]


def test_backwards_puts_the_vector_back_into_the_entry(old_entry):
    migrate_to_latest()
    migrate(BEFORE)
    assert fetch("SELECT search_vector::text FROM search_searchentry") == [(VECTOR,)]
