"""Queue derived work (exports, PDFs, index updates) once per burst of changes.

A bulk import, `generate_content` or a load of demo content saves thousands of
rows in one transaction; each save used to queue its own full rebuild. Here a
transaction collects what it asks for and queues it once, after the commit, and
a task of the same kind still waiting in the database queue (nobody has started
it, so it will read the new data) takes the place of a new one.

`queue_once(task, *args)` asks for one run of `task(*args)`;
`queue_batch(task, *args, items=...)` asks for one run of `task(*args, items)`
with the items of every call of the transaction merged (the pages to re-index).
"""

import logging

from django.db import transaction
from django_tasks.backends.immediate import ImmediateBackend

logger = logging.getLogger(__name__)


class _Pending:
    """What one transaction asked for, flushed once after its commit."""

    def __init__(self):
        self.work = {}
        self.done = False

    def add(self, task, args, items):
        known = self.work.setdefault((task.module_path, args), (task, args, set()))
        known[2].update(items)

    def flush(self):
        if self.done:
            return
        self.done = True
        for task, args, items in self.work.values():
            full_args = (*args, sorted(items)) if items else args
            if not _already_waiting(task, full_args):
                task.enqueue(*full_args)


def _pending():
    # One collector per connection until it is flushed. Each call adds a cheap
    # callback that flushes it once: if a savepoint is rolled back with its
    # callbacks, the later ones still run (its work then runs once extra, which
    # is harmless), and no call has to search the list of callbacks.
    connection = transaction.get_connection()
    collector = getattr(connection, "portal_pending", None)
    if collector is None or collector.done:
        collector = connection.portal_pending = _Pending()
    transaction.on_commit(collector.flush, robust=True)
    return collector


def _already_waiting(task, args):
    """Whether the database queue holds the same task, not yet started."""
    backend = task.get_backend()
    if type(backend).__module__.split(".")[0] != "django_tasks_db":
        return False
    from django_tasks_db.models import DBTaskResult

    return (
        DBTaskResult.objects.ready()
        .filter(
            task_path=task.module_path,
            backend_name=backend.alias,
            args_kwargs={"args": list(args), "kwargs": {}},
        )
        .exists()
    )


def runs_inline(task):
    """Whether `task` runs inside `enqueue` (development and tests)."""
    return isinstance(task.get_backend(), ImmediateBackend)


def queue_once(task, *args):
    _collect(task, args, ())


def queue_batch(task, *args, items):
    _collect(task, args, items)


def _collect(task, args, items):
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        # Autocommit: the change is committed already, nothing to wait for.
        collector = _Pending()
        collector.add(task, args, items)
        collector.flush()
        return
    _pending().add(task, args, items)
