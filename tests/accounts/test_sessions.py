"""Sessions end after SESSION_COOKIE_AGE (SESSION_HOURS), for members and editors."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.utils import timezone

from tests.portal.conftest import load_production_settings

PASSWORD = "richtiges-passwort-2024"
HOUR = 60 * 60


@pytest.fixture(autouse=True)
def _two_hour_sessions(settings):
    # Not the default of eight hours, so the tests see the setting at work.
    settings.SESSION_COOKIE_AGE = 2 * HOUR


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "redakteurin", "redaktion@example.org", PASSWORD
    )


def login(client, url, **extra):
    data = {"username": "redakteurin", "password": PASSWORD, **extra}
    response = client.post(url, data)
    assert response.status_code == 302, response.content[:300]
    return client.cookies["sessionid"]


def stored_lifetime():
    expires = Session.objects.get().expire_date - timezone.now()
    return round(expires.total_seconds() / 60)


def expire_sessions():
    past = timezone.now() - datetime.timedelta(seconds=1)
    Session.objects.update(expire_date=past)


@pytest.mark.django_db
def test_member_login_cookie_lives_as_long_as_configured(client, home_page, editor):
    cookie = login(client, "/anmelden/")
    assert cookie["max-age"] == 2 * HOUR
    assert stored_lifetime() == 2 * 60


@pytest.mark.django_db
def test_admin_login_with_remember_me_keeps_the_configured_age(client, editor):
    cookie = login(client, "/admin/login/", remember="on")
    assert cookie["max-age"] == 2 * HOUR
    assert stored_lifetime() == 2 * 60


@pytest.mark.django_db
def test_admin_session_without_remember_me_ends_with_the_browser_or_the_age(
    client, editor
):
    cookie = login(client, "/admin/login/")
    assert cookie["max-age"] == ""  # a browser-session cookie
    assert stored_lifetime() == 2 * 60  # and the server forgets it even so


@pytest.mark.django_db
def test_expired_admin_session_asks_for_the_login_again(client, editor):
    login(client, "/admin/login/", remember="on")
    assert client.get("/admin/").status_code == 200
    expire_sessions()
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_session_hours_set_the_age_in_production(monkeypatch):
    production = load_production_settings(monkeypatch, SESSION_HOURS="3")
    assert production.SESSION_COOKIE_AGE == 3 * HOUR
