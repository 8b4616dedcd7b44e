import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from portal.shared.ratelimit import ratelimit


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
