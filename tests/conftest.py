import io
import sys
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from wagtail.signal_handlers import disable_reference_index_auto_update

from tests.factories import make_site


@pytest.fixture(autouse=True)
def _empty_cache():
    # Rate limits, cached chrome and cached pages must not leak between tests.
    cache.clear()


@pytest.fixture(autouse=True)
def _no_wagtail_indexes(request):
    """Wagtail's reference index (usage counts) and admin search index are not
    updated on save, as test settings say for the latter; a test that reads
    them asks for `wagtail_indexes`. Together they were a quarter of the time
    spent building content."""
    if "wagtail_indexes" in request.fixturenames:
        yield
        return
    with disable_reference_index_auto_update():
        yield


@pytest.fixture
def wagtail_indexes(settings):
    """Wagtail's reference and admin search indexes follow every save."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": True}
    }


@pytest.fixture
def page_cache(settings):
    """Whole pages and kept page parts in the cache, as in production."""
    settings.PAGE_CACHE_TIMEOUT = 600


@pytest.fixture
def signed_in_member(client, db):
    """The test client signed in with an account without any rights."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("mitglied", password="geheim-12345")
    client.force_login(user)
    return user


@pytest.fixture
def home_page(db):
    return make_site()


DEMO_PASSWORD = "demo-passwort-fuer-tests"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    # Tests on the demo content run last in their module: the content loads once
    # per module (see _module_demo_content) and no other test of it sees it.
    # Runs before pytest-django's stable sort, which still moves the tests that
    # flush the database behind all others.
    position = {}
    for item in items:
        position.setdefault(item.module, len(position))
    items.sort(
        key=lambda item: (position[item.module], "demo_content" in item.fixturenames)
    )


@pytest.fixture(scope="module")
def _module_demo_content(django_db_setup, django_db_blocker):
    """The demo content, loaded once per module inside a transaction that is
    rolled back after the module's last test; each test's own transaction is a
    savepoint inside it, so every test starts from the freshly loaded content."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        # As Django's TestCase marks its class-level atomics: durable blocks
        # inside the loader must not refuse to nest.
        outer._from_testcase = True
        outer.__enter__()
        try:
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv("DEMO_PASSWORD", DEMO_PASSWORD)
                call_command("load_demo_content", "--with-users", stdout=io.StringIO())
        except BaseException:
            outer.__exit__(*sys.exc_info())
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def demo_content(_module_demo_content, db, monkeypatch):
    from wagtail.models import Site

    monkeypatch.setenv("DEMO_PASSWORD", DEMO_PASSWORD)
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
