"""Which pages changed, kept in the database for the in-memory indexes.

A facet index over 100,000 practices takes seconds to build, so a process does
not rebuild it after each publish: it replays the pages that changed since it
last looked. Every committed page change leaves a `PageChange` row, written
after the change's commit, and then renews the `facets` version in the shared
cache; a process that sees a new version reads the rows it has not seen yet.

Row ids are handed out before commit, so a row may become visible after one
with a higher id: a cursor therefore moves its floor only past rows older than
`SETTLE` and remembers the newer ones it has seen. Rows are kept for `KEEP`.
A cursor not read for half of that, a change that cannot be replayed (a
move), or more than `REPLAY_LIMIT` changes at once mean a rebuild.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from core.cache import FACETS, renew
from core.models import PageChange

REPLAY_LIMIT = 200
KEEP = timedelta(days=1)
SETTLE = timedelta(seconds=60)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Cursor:
    """How far a process has read the changes."""

    floor: int  # every row up to this id is seen
    read_at: datetime
    seen: frozenset = field(default_factory=frozenset)  # rows above the floor


def record(page_id):
    """Note that this page changed; `None` asks every index built from pages
    to rebuild.

    Written at once, so the change's own transaction sees it, and again after
    the commit: a row written at once becomes visible only with the commit,
    maybe after cursors have moved past its id.
    """
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _write({page_id})
        return
    pending = getattr(connection, "portal_page_changes", None)
    # Django starts a new list of callbacks after each commit and rollback.
    if pending is None or pending.hooks is not connection.run_on_commit:
        pending = connection.portal_page_changes = _Pending(connection.run_on_commit)
    pending.ids.add(page_id)
    pending.written += 1
    if pending.written <= REPLAY_LIMIT:
        _write({page_id})
    elif pending.written == REPLAY_LIMIT + 1:
        _write({None})
    else:
        renew(FACETS)
    # Registered on each call: a rolled-back savepoint drops its callbacks.
    transaction.on_commit(pending.flush, robust=True)


class _Pending:
    def __init__(self, hooks):
        self.hooks, self.ids, self.written, self.done = hooks, set(), 0, False

    def flush(self):
        if not self.done:
            self.done = True
            _write(self.ids)


def _write(ids):
    if len(ids) > REPLAY_LIMIT:
        ids = {None}  # a bulk change: rebuilding is quicker than replaying
    PageChange.objects.bulk_create([PageChange(page_id=pk) for pk in ids])
    PageChange.objects.filter(created_at__lt=timezone.now() - KEEP).delete()
    renew(FACETS)


def start():
    """A cursor for an index about to be built from the current data, which
    reflects every row visible now."""
    now = timezone.now()
    old = PageChange.objects.filter(created_at__lt=now - SETTLE)
    floor = old.aggregate(Max("id"))["id__max"] or 0
    recent = PageChange.objects.filter(id__gt=floor).values_list("id", flat=True)
    return Cursor(floor=floor, read_at=now, seen=frozenset(recent))


def news(cursor):
    """(ids of the pages changed since `cursor`, the cursor after them), or
    None when the index has to be rebuilt."""
    now = timezone.now()
    if now - cursor.read_at > KEEP / 2:
        return None  # rows it has not seen may be gone
    rows = list(
        PageChange.objects.filter(id__gt=cursor.floor)
        .order_by("id")
        .values_list("id", "page_id", "created_at")[: REPLAY_LIMIT + 1]
    )
    fresh = [row for row in rows if row[0] not in cursor.seen]
    if len(rows) > REPLAY_LIMIT or any(row[1] is None for row in fresh):
        return None
    floor = max((row[0] for row in rows if row[2] < now - SETTLE), default=cursor.floor)
    seen = frozenset(row[0] for row in rows if row[0] > floor)
    return {row[1] for row in fresh}, Cursor(floor, now, seen)
