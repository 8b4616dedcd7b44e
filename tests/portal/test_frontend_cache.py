"""A cache in front (Varnish, Cloudflare, CloudFront) hears of every publication.

The backends come from production.py as the environment configures them; only
their network call is replaced by a recorder.
"""

from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from wagtail.contrib.frontend_cache import signal_handlers
from wagtail.models import get_page_models
from wagtail.signals import page_published, page_unpublished

from tests.factories import StandardPageFactory
from tests.portal.conftest import load_production_settings

BACKENDS = "wagtail.contrib.frontend_cache.backends"
ENVIRONMENTS = {
    "varnish": {"FRONTEND_CACHE_PURGE_URL": "http://127.0.0.1:6081"},
    "cloudflare": {"CLOUDFLARE_ZONE_ID": "zone-42", "CLOUDFLARE_API_TOKEN": "t0ken"},
    "cloudfront": {"CLOUDFRONT_DISTRIBUTION_ID": "E2ABCDEF"},
}


@pytest.fixture
def purge_signals():
    """What the frontend-cache app's ready() connects once production.py installs
    it; the test settings do not install it."""
    signal_handlers.register_signal_handlers()
    yield
    for model in get_page_models():
        page_published.disconnect(
            signal_handlers.page_published_signal_handler, sender=model
        )
        page_unpublished.disconnect(
            signal_handlers.page_unpublished_signal_handler, sender=model
        )


def record_varnish(monkeypatch, calls):
    def urlopen(request):
        calls.append(request.full_url)
        assert request.get_method() == "PURGE"

    monkeypatch.setattr(f"{BACKENDS}.http.urlopen", urlopen)


def record_cloudflare(monkeypatch, calls):
    def post(url, json, headers, timeout):
        assert url.endswith("/zones/zone-42/purge_cache")
        assert headers["Authorization"] == "Bearer t0ken"
        calls.extend(json["files"])
        return SimpleNamespace(json=lambda: {"success": True}, status_code=200)

    monkeypatch.setattr(f"{BACKENDS}.cloudflare.requests.post", post)


def record_cloudfront(monkeypatch, calls):
    def create_invalidation(DistributionId, InvalidationBatch):  # noqa: N803
        assert DistributionId == "E2ABCDEF"
        calls.extend(InvalidationBatch["Paths"]["Items"])

    client = SimpleNamespace(create_invalidation=create_invalidation)
    monkeypatch.setattr("boto3.client", lambda *args, **kwargs: client)


RECORDERS = {
    "varnish": record_varnish,
    "cloudflare": record_cloudflare,
    "cloudfront": record_cloudfront,
}


@pytest.fixture(params=sorted(ENVIRONMENTS))
def frontend_cache(request, settings, monkeypatch, purge_signals):
    """The production backend named by the parameter, its calls recorded."""
    production = load_production_settings(monkeypatch, **ENVIRONMENTS[request.param])
    assert "wagtail.contrib.frontend_cache" in production.INSTALLED_APPS
    assert list(production.WAGTAILFRONTENDCACHE) == [request.param]
    settings.WAGTAILFRONTENDCACHE = production.WAGTAILFRONTENDCACHE
    calls = []
    RECORDERS[request.param](monkeypatch, calls)
    return SimpleNamespace(name=request.param, calls=calls)


def purged_paths(frontend_cache):
    return [urlsplit(call).path for call in frontend_cache.calls]


def test_publishing_a_page_purges_its_url(home_page, frontend_cache):
    page = StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    frontend_cache.calls.clear()

    page.save_revision().publish()

    assert purged_paths(frontend_cache) == ["/ueber-uns/"]
    if frontend_cache.name == "varnish":  # sent to Varnish, not to the site
        assert frontend_cache.calls == ["http://127.0.0.1:6081/ueber-uns/"]
    if frontend_cache.name == "cloudflare":  # Cloudflare wants the full URL
        assert frontend_cache.calls == [page.get_full_url()]


def test_unpublishing_a_page_purges_its_url(home_page, frontend_cache):
    page = StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    frontend_cache.calls.clear()

    page.unpublish()

    assert purged_paths(frontend_cache) == ["/ueber-uns/"]


def test_marking_a_practice_reviewed_purges_its_url(
    home_page, frontend_cache, django_capture_on_commit_callbacks
):
    from practices.review import mark_reviewed
    from tests.practices import build_tree

    practice = build_tree(home_page).mannheim_practice
    frontend_cache.calls.clear()

    with django_capture_on_commit_callbacks(execute=True):
        mark_reviewed(practice, user=None)

    assert purged_paths(frontend_cache) == [practice.url]
