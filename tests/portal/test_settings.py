import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.portal.conftest import PRODUCTION_DATABASE_URL, load_production_settings

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3y-" + "x7Qp9Lm2Vb8Nc4Rt6Yw1Zs5Hd0Jf3Gk" * 2


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="praxisportal.example.org",
        DATABASE_URL=PRODUCTION_DATABASE_URL,  # the check never connects
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_on_sqlite():
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="praxisportal.example.org",
        DATABASE_URL="sqlite:////tmp/portal.sqlite3",
    )
    assert result.returncode != 0
    assert "DATABASE_URL zeigt auf SQLite" in result.stderr


def test_production_refuses_sqlite_also_as_the_default(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="zeigt auf SQLite"):
        load_production_settings(monkeypatch, DATABASE_URL=None)


def test_production_keeps_database_connections_and_checks_them(monkeypatch):
    production = load_production_settings(monkeypatch, CONN_MAX_AGE=None)
    database = production.DATABASES["default"]
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True


def test_connection_lifetime_follows_the_environment(monkeypatch):
    production = load_production_settings(monkeypatch, CONN_MAX_AGE="0")
    assert production.DATABASES["default"]["CONN_MAX_AGE"] == 0


def test_production_refuses_to_start_without_secret_key():
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        ALLOWED_HOSTS="praxisportal.example.org",
    )
    assert result.returncode != 0
    assert "SECRET_KEY ist nicht gesetzt" in result.stderr


@pytest.mark.django_db
def test_unreachable_database_gives_one_line_naming_the_variable():
    result = manage(
        "migrate",
        "--noinput",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DATABASE_URL="postgres://nobody:geheim@127.0.0.1:1/portal",
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Fehler: Die Datenbank aus DATABASE_URL")
    assert "127.0.0.1:1/portal" in lines[0]
    assert "geheim" not in lines[0]


def test_site_speaks_german_in_berlin_time(settings):
    assert settings.LANGUAGE_CODE == "de"
    assert settings.TIME_ZONE == "Europe/Berlin"
