"""A Redis outage degrades the portal: logins, forms and pages keep working.

Production's dead Redis answers None (IGNORE_EXCEPTIONS, which Django's sessions
and Wagtail need); the portal's own cache code also survives one that raises.
"""

from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache

from core.cache import bump_content_version, cached, content_version
from core.facetindex import cached_index
from tests.formpages.test_forms import VALID, form_page  # noqa: F401

PASSWORD = "richtiges-passwort-2024"
RAISING = pytest.mark.parametrize("dead_redis", [False], indirect=True)
LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "redakteurin", "redaktion@example.org", PASSWORD
    )


@pytest.mark.django_db
def test_members_log_in_during_a_cache_outage(client, home_page, editor, dead_redis):
    response = client.post(
        "/anmelden/", {"username": "redakteurin", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


@pytest.mark.django_db
def test_a_wrong_password_is_refused_normally_during_a_cache_outage(
    client, home_page, editor, dead_redis
):
    response = client.post("/anmelden/", {"username": "redakteurin", "password": "x"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_editors_log_in_to_the_admin_during_a_cache_outage(
    client, home_page, editor, dead_redis
):
    response = client.post(
        "/admin/login/",
        {"username": "redakteurin", "password": PASSWORD, "next": "/admin/"},
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_the_login_limit_still_holds_per_process_during_a_cache_outage(
    client, home_page, dead_redis, settings, caplog
):
    settings.LOGIN_RATELIMIT_POSTS = 2
    for name in ("eins", "zwei"):
        client.post("/anmelden/", {"username": name, "password": "x"})
    response = client.post("/anmelden/", {"username": "drei", "password": "x"})
    assert response.status_code == 429
    assert "rate limit counted per process" in caplog.text


@pytest.mark.django_db
def test_form_page_submissions_are_stored_during_a_cache_outage(
    client,
    form_page,  # noqa: F811
    dead_redis,
):
    response = client.post("/mitglied-werden/", VALID)
    assert response.status_code == 200
    assert form_page.get_submission_class().objects.count() == 1


@pytest.mark.django_db
def test_autocomplete_answers_during_a_cache_outage(client, home_page, dead_redis):
    response = client.get("/suche/autocomplete/", {"q": "bil"})
    assert response.status_code == 200
    assert "suggestions" in response.json()


@pytest.mark.django_db
def test_pages_render_during_a_cache_outage(client, home_page, dead_redis):
    response = client.get("/")
    assert response.status_code == 200
    assert home_page.title in response.content.decode()


@pytest.mark.django_db
def test_search_answers_during_a_cache_outage(client, home_page, dead_redis):
    assert client.get("/suche/", {"q": "Bildung"}).status_code == 200


@pytest.mark.django_db
def test_healthz_names_the_cache_during_an_outage(client, home_page, dead_redis):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["cache"]


@pytest.mark.django_db
def test_facet_indexes_are_not_rebuilt_per_request_during_an_outage(dead_redis):
    build = mock.Mock(return_value="index")
    cached_index("outage-test", build)
    cached_index("outage-test", build)
    assert build.call_count == 1


@pytest.mark.django_db
def test_a_change_during_an_outage_invalidates_the_cache_once_it_is_back(
    settings, dead_redis
):
    dead = settings.CACHES
    settings.CACHES = LOCMEM
    before = content_version()
    settings.CACHES = dead
    bump_content_version()
    settings.CACHES = LOCMEM
    assert cache.get("portal:content-version") == before  # kept through the outage
    assert content_version() != before


@RAISING
def test_a_raising_cache_reads_as_a_miss(dead_redis):
    assert cached("outage-test", lambda: ["gebaut"], 60) == ["gebaut"]
    assert content_version() == content_version()
