"""Helpers for tests that migrate the test database back and forth."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(targets):
    """Migrate to `targets`; returns the executor, whose loader knows old states."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor


def migrate_to_latest():
    """Every app to its newest migration: a test that went back to an older
    state leaves the database as every other test expects it."""
    return migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
