"""Production settings for several app servers, and the shipped deployment files."""

import gc
import re
import runpy
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import get_commands

from tests.portal.conftest import load_production_settings

DEPLOY = Path(__file__).resolve().parents[2] / "docs" / "deploy"
TIMER_UNIT = re.compile(r"^Unit=praxisportal-manage@(\w+)\.service$", re.M)


def test_without_redis_sessions_live_in_the_database(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    production = load_production_settings(monkeypatch)
    assert production.SESSION_ENGINE == "django.contrib.sessions.backends.db"
    assert production.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")


def test_with_redis_cache_and_sessions_are_shared(monkeypatch):
    production = load_production_settings(monkeypatch, REDIS_URL="redis://c:6379/1")
    assert production.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert production.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"


def test_a_dead_redis_answers_as_a_miss_within_a_second(monkeypatch):
    production = load_production_settings(monkeypatch, REDIS_URL="redis://c:6379/1")
    options = production.CACHES["default"]["OPTIONS"]
    assert options["IGNORE_EXCEPTIONS"] is True
    assert options["SOCKET_CONNECT_TIMEOUT"] == options["SOCKET_TIMEOUT"] == 1


def test_s3_bucket_puts_media_on_shared_storage_with_stable_urls(monkeypatch):
    production = load_production_settings(
        monkeypatch,
        S3_BUCKET="praxisportal-media",
        S3_ENDPOINT_URL="https://s3.example-cloud.de",
        S3_CUSTOM_DOMAIN="media.praxisportal.example.org",
    )
    from storages.backends.s3 import S3Storage

    config = production.STORAGES["default"]
    assert config["BACKEND"] == "storages.backends.s3.S3Storage"
    storage = S3Storage(**config["OPTIONS"])
    assert storage.url("images/titel.jpg") == (
        "https://media.praxisportal.example.org/media/images/titel.jpg"
    )
    assert (
        "https://media.praxisportal.example.org"
        in (production.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"])
    )


def test_frontend_cache_purge_is_switched_on_by_its_url(monkeypatch):
    production = load_production_settings(
        monkeypatch, FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:6081"
    )
    assert "wagtail.contrib.frontend_cache" in production.INSTALLED_APPS
    assert production.WAGTAILFRONTENDCACHE["varnish"]["LOCATION"] == (
        "http://127.0.0.1:6081"
    )


def test_without_purge_variables_no_frontend_cache_is_installed(monkeypatch):
    for name in (
        "FRONTEND_CACHE_PURGE_URL",
        "CLOUDFLARE_ZONE_ID",
        "CLOUDFRONT_DISTRIBUTION_ID",
    ):
        monkeypatch.delenv(name, raising=False)
    production = load_production_settings(monkeypatch)
    assert "wagtail.contrib.frontend_cache" not in production.INSTALLED_APPS
    assert production.WAGTAILFRONTENDCACHE == {}


def test_cloudflare_zone_without_token_refuses_to_start(monkeypatch):
    monkeypatch.delenv("CLOUDFLARE_API_TOKEN", raising=False)
    with pytest.raises(ImproperlyConfigured, match="CLOUDFLARE_API_TOKEN fehlt"):
        load_production_settings(monkeypatch, CLOUDFLARE_ZONE_ID="zone-42")


def test_production_logs_json_and_lets_health_probes_use_http(monkeypatch):
    production = load_production_settings(monkeypatch)
    assert production.LOGGING["handlers"]["console"]["formatter"] == "json"
    assert any(re.match(p, "healthz") for p in production.SECURE_REDIRECT_EXEMPT)
    assert production.STORAGES["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


def test_gunicorn_config_logs_no_client_address():
    config = runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))
    assert config["bind"] == "127.0.0.1:8000"
    assert config["workers"] >= 3
    assert "%(h)s" not in config["access_log_format"]
    assert "%(q)s" not in config["access_log_format"]


@pytest.mark.parametrize("timer", sorted((DEPLOY / "systemd").glob("*.timer")))
def test_every_timer_runs_an_existing_management_command(timer):
    unit = re.search(
        r"^Unit=praxisportal-manage@(\w+)\.service$", timer.read_text(), re.M
    )
    assert unit and unit.group(1) in get_commands()


def test_worker_unit_runs_the_task_worker():
    unit = (DEPLOY / "systemd" / "praxisportal-worker.service").read_text()
    assert "manage.py db_worker" in unit
    assert "db_worker" in get_commands()


def test_the_wsgi_entry_point_hides_what_it_loaded_from_the_collector():
    gc.unfreeze()
    runpy.run_module("portal.wsgi")
    try:
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
