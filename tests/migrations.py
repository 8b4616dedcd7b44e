"""Helpers for tests that migrate the test database back and forth."""

import pytest
from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# Moving models between apps and back is what a deployed site does, and sites
# run on PostgreSQL: CI checks the round trips in its PostgreSQL pass. SQLite
# is covered by every test database migrating forward and by the upgrade from
# the release (tests/upgrade); the round trips there cost a minute per run.
on_postgresql_only = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
    reason="round trips of app moves run in the PostgreSQL pass",
)


def migrate(targets):
    """Migrate to `targets`; returns the executor, whose loader knows old states."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor


def migrate_to_latest():
    """Every app to its newest migration: a test that went back to an older
    state leaves the database as every other test expects it."""
    return migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
