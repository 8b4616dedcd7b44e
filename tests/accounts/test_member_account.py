"""What a member sees of their account: who is logged in, a logout in the
header, and a new password by email."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache

pytestmark = pytest.mark.django_db

PASSWORD = "altes-passwort-2024"
NEW_PASSWORD = "neues-passwort-fuer-2025"


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()


@pytest.fixture
def member(db):
    return get_user_model().objects.create_user(
        "mitglied",
        email="mitglied@example.org",
        password=PASSWORD,
        first_name="Maria",
        last_name="Muster",
    )


def header(response):
    return BeautifulSoup(response.content, "html.parser").select_one(".site-header")


def reset_link():
    (message,) = mail.outbox
    return re.search(r"http://testserver(/passwort-neu/\S+/)", message.body).group(1)


def test_visitors_see_the_members_login(client, home_page):
    assert header(client.get("/")).select_one("a.header-login")["href"] == "/anmelden/"


def test_members_see_who_is_logged_in_and_a_logout(client, home_page, member):
    client.force_login(member)
    account = header(client.get("/")).select_one("form.header-account")
    assert "Angemeldet als Maria Muster" in account.get_text(" ", strip=True)
    assert account["action"] == "/abmelden/"
    assert account["method"] == "post"
    assert account.select_one("input[name=csrfmiddlewaretoken]")
    assert not header(client.get("/")).select_one("a.header-login")


def test_logout_from_the_header_ends_the_session(client, home_page, member):
    client.force_login(member)
    response = client.post("/abmelden/")
    assert response.status_code == 302
    assert header(client.get("/")).select_one("a.header-login")


def test_login_page_links_the_password_reset(client, home_page):
    login = BeautifulSoup(client.get("/anmelden/").content, "html.parser")
    assert login.find("a", string="Passwort vergessen?")["href"] == (
        "/passwort-vergessen/"
    )


def test_reset_mail_leads_to_a_new_password(client, home_page, member):
    response = client.post("/passwort-vergessen/", {"email": "Mitglied@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/passwort-vergessen/gesendet/"
    (message,) = mail.outbox
    assert message.to == ["mitglied@example.org"]
    assert message.subject == "Neues Passwort für das Praxisportal Großstadtnetzwerk"
    assert "Benutzername: mitglied" in message.body

    form = client.get(reset_link(), follow=True)
    assert "Neues Passwort festlegen" in form.text
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert done["Location"] == "/passwort-neu/fertig/"
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)


def test_a_used_reset_link_is_refused(client, home_page, member):
    client.post("/passwort-vergessen/", {"email": "mitglied@example.org"})
    link = reset_link()
    form = client.get(link, follow=True)
    client.post(
        form.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    again = client.get(link, follow=True)
    assert "Dieser Link gilt nicht mehr" in again.text


def test_an_unknown_address_gets_the_same_answer_and_no_mail(client, home_page):
    response = client.post(
        "/passwort-vergessen/", {"email": "niemand@example.org"}, follow=True
    )
    assert "Wenn zu dieser Adresse ein Mitgliedskonto gehört" in response.text
    assert mail.outbox == []


def test_a_weak_new_password_is_refused_in_german(client, home_page, member):
    client.post("/passwort-vergessen/", {"email": "mitglied@example.org"})
    form = client.get(reset_link(), follow=True)
    response = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "kurz", "new_password2": "kurz"},
    )
    assert response.status_code == 200
    assert "Dieses Passwort ist zu kurz" in response.text


def test_reset_requests_are_rate_limited(client, home_page, settings):
    settings.PASSWORD_RESET_RATELIMIT_POSTS = 2
    for _ in range(2):
        client.post("/passwort-vergessen/", {"email": "a@example.org"})
    response = client.post("/passwort-vergessen/", {"email": "a@example.org"})
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
