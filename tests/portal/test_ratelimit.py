import time
from types import SimpleNamespace

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from core.ratelimit import hit, ratelimit


@ratelimit("test-form", limit=2, window=60)
def form_view(request):
    return HttpResponse("ok")


@pytest.fixture(autouse=True)
def clear_cache():
    from django.core.cache import cache

    cache.clear()


def post(address="192.0.2.1"):
    request = RequestFactory().post("/formular/", REMOTE_ADDR=address)
    return form_view(request)


@pytest.mark.django_db
def test_third_post_within_the_window_gets_429_in_german(home_page):
    assert post().status_code == 200
    assert post().status_code == 200
    response = post()
    assert response.status_code == 429
    assert "Zu viele Anfragen" in response.content.decode()
    assert response["Retry-After"] == "60"


@pytest.mark.django_db
def test_other_addresses_are_counted_separately(home_page):
    post()
    post()
    assert post("198.51.100.7").status_code == 200


def test_get_requests_are_not_limited():
    request = RequestFactory().get("/formular/")
    for _ in range(5):
        assert form_view(request).status_code == 200


@pytest.mark.django_db
def test_autocomplete_limit_follows_the_setting_and_answers_json(
    client, home_page, settings
):
    settings.AUTOCOMPLETE_RATELIMIT = 2
    for _ in range(2):
        assert client.get("/suche/autocomplete/", {"q": "Bil"}).status_code == 200
    response = client.get(
        "/suche/autocomplete/", {"q": "Bil"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 429
    assert response.json()["fehler"].startswith("Zu viele Anfragen.")
    assert response["Retry-After"] == "60"


@pytest.mark.django_db
def test_admin_login_shares_the_login_limit_per_address(client, home_page, settings):
    settings.LOGIN_RATELIMIT_POSTS = 2
    for name in ("eins", "zwei"):
        client.post("/admin/login/", {"username": name, "password": "x"})
    response = client.post("/admin/login/", {"username": "drei", "password": "x"})
    assert response.status_code == 429
    assert "Zu viele Anfragen" in response.content.decode()


# A window start for both window lengths: 500,000 hours after the epoch.
WINDOW_START = 1_800_000_000
REDIS_TEST_URL = "redis://127.0.0.1:6379/12"


def redis_cache():
    import redis

    try:
        redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1).ping()
    except redis.ConnectionError:
        pytest.skip("Redis on 127.0.0.1:6379 is not reachable")
    return {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_TEST_URL}


def cache_config(name, tmp_path):
    if name == "redis":
        return redis_cache()
    if name == "file":
        return {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
        }
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


@pytest.fixture(params=["file", "locmem", "redis"])
def each_backend(request, settings, tmp_path):
    """Every cache the README offers, empty."""
    from django.core.cache import cache

    settings.CACHES = {"default": cache_config(request.param, tmp_path)}
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def clock(monkeypatch):
    """The time the rate limit and the cache backends read, set by the test."""
    now = SimpleNamespace(value=float(WINDOW_START))
    monkeypatch.setattr(time, "time", lambda: now.value)
    return now


def hits_at(clock, seconds, window, times=1):
    clock.value = WINDOW_START + seconds
    request = RequestFactory().post("/formular/", REMOTE_ADDR="192.0.2.1")
    return [hit(request, "window-test", 2, window) for _ in range(times)]


@pytest.mark.parametrize("window", [3600, 60])
def test_the_limit_holds_until_the_last_second_of_the_window(
    each_backend, clock, window
):
    assert hits_at(clock, 0, window, times=2) == [False, False]
    assert hits_at(clock, window - 1, window) == [True]


@pytest.mark.parametrize("window", [3600, 60])
def test_the_limit_resets_when_the_window_ends(each_backend, clock, window):
    hits_at(clock, 0, window, times=3)
    assert hits_at(clock, window, window, times=2) == [False, False]
    assert hits_at(clock, window, window) == [True]
