import io
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.management import call_command

from tests.factories import make_site


@pytest.fixture(autouse=True)
def _empty_cache():
    # Rate limits, cached chrome and cached pages must not leak between tests.
    cache.clear()


@pytest.fixture
def home_page(db):
    return make_site()


@pytest.fixture
def demo_content(db, tmp_path, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-passwort-fuer-tests")
    call_command("load_demo_content", "--with-users", stdout=io.StringIO())
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture
def open_content(home_page, settings, tmp_path):
    """Public practice, dossier, report and document, and hidden ones; see
    tests/open_content.py."""
    from tests.open_content import build_open_content

    settings.MEDIA_ROOT = tmp_path / "media"
    return build_open_content(home_page)


# Nothing listens on this port: Redis configured, but down.
DEAD_REDIS_URL = "redis://127.0.0.1:65003/0"


@pytest.fixture
def dead_redis(request, settings, monkeypatch):
    """Production's cache and session settings with an unreachable Redis.

    Parametrize with False to have the cache raise instead of answering None.
    """
    from core.ratelimit import local_counts
    from tests.portal.conftest import load_production_settings

    # What a process remembers of an outage must not leak between tests.
    local_counts.clear()
    outage = SimpleNamespace(version="", until=0.0, missed_bump=False)
    monkeypatch.setattr("core.cache._outage", outage)
    production = load_production_settings(monkeypatch, REDIS_URL=DEAD_REDIS_URL)
    settings.CACHES = production.CACHES
    settings.CACHES["default"]["OPTIONS"]["IGNORE_EXCEPTIONS"] = getattr(
        request, "param", True
    )
    settings.SESSION_ENGINE = production.SESSION_ENGINE
    settings.RATELIMIT_ENABLED = True
    settings.PAGE_CACHE_TIMEOUT = 600
