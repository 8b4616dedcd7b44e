"""The log of page changes the in-memory indexes replay (core/pagechanges.py)."""

import datetime

from django.utils import timezone

from core import pagechanges
from core.models import PageChange


def change(page_id, age_seconds=0):
    created = timezone.now() - datetime.timedelta(seconds=age_seconds)
    return PageChange.objects.create(page_id=page_id, created_at=created)


def test_a_row_committed_late_with_a_lower_id_is_still_replayed(db):
    late, early = change(1), change(2)
    # The cursor saw the row with the higher id first, before `late` was visible.
    cursor = pagechanges.Cursor(
        floor=late.pk - 1, read_at=timezone.now(), seen=frozenset({early.pk})
    )
    changed, cursor = pagechanges.news(cursor)
    assert changed == {1}
    assert pagechanges.news(cursor)[0] == set()


def test_the_floor_moves_only_past_settled_rows(db):
    settled, recent = change(1, age_seconds=120), change(2)
    cursor = pagechanges.Cursor(floor=0, read_at=timezone.now())
    changed, cursor = pagechanges.news(cursor)
    assert changed == {1, 2}
    assert (cursor.floor, cursor.seen) == (settled.pk, {recent.pk})


def test_a_change_that_cannot_be_replayed_asks_for_a_rebuild(db):
    change(None)
    assert pagechanges.news(pagechanges.Cursor(0, timezone.now())) is None


def test_a_cursor_not_read_for_long_asks_for_a_rebuild(db):
    change(1)
    long_ago = timezone.now() - pagechanges.KEEP
    assert pagechanges.news(pagechanges.Cursor(0, long_ago)) is None


def test_a_new_cursor_has_seen_the_recent_rows(db):
    old, recent = change(1, age_seconds=120), change(2)
    cursor = pagechanges.start()
    assert (cursor.floor, cursor.seen) == (old.pk, {recent.pk})
    assert pagechanges.news(cursor)[0] == set()
