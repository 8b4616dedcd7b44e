import io

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
