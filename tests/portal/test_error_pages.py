"""German error pages in the portal's look, never a stack trace."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import PermissionDenied
from django.test import Client, RequestFactory
from django.views import defaults


def page(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup, soup.h1.get_text(strip=True)


@pytest.mark.django_db
def test_unknown_address_gets_the_german_404_with_navigation(client, home_page):
    response = client.get("/gibt-es-nicht/")
    soup, heading = page(response)
    assert response.status_code == 404
    assert heading == "Seite nicht gefunden"
    assert soup.select_one("header.site-header form[role=search]")
    assert soup.html["lang"] == "de"


@pytest.mark.django_db
def test_foreign_host_gets_the_german_400_page(client, home_page):
    response = client.get("/", HTTP_HOST="angreifer.example")
    soup, heading = page(response)
    assert response.status_code == 400
    assert heading == "Ungültige Anfrage"
    assert soup.select_one(".site-header .brand")
    assert "angreifer.example" not in response.content.decode()


@pytest.mark.django_db
def test_missing_csrf_token_gets_a_german_explanation(home_page):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/anmelden/", {"username": "x", "password": "y"})
    soup, heading = page(response)
    assert response.status_code == 403
    assert heading == "Formular abgelaufen"
    assert "Cookies" in soup.main.get_text()
    assert "CSRF" not in response.content.decode()


@pytest.mark.django_db
def test_permission_denied_gets_the_german_403(home_page):
    request = RequestFactory().get("/intern/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    response = defaults.permission_denied(request, PermissionDenied("geheim"))
    soup, heading = page(response)
    assert response.status_code == 403
    assert heading == "Zugriff verweigert"
    assert soup.select_one("a[href='/anmelden/']")
    assert "geheim" not in response.content.decode()


def test_500_page_renders_without_touching_the_database():
    # No django_db mark: any query here would fail the test.
    response = defaults.server_error(RequestFactory().get("/"))
    soup, heading = page(response)
    assert response.status_code == 500
    assert heading == "Technischer Fehler"
    assert soup.select_one("link[rel=stylesheet][href$='portal.css']")
    assert not soup.find("style")


@pytest.mark.django_db
def test_crash_in_a_page_shows_no_stack_trace(client, home_page, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("geheimes Innenleben der Anwendung")

    monkeypatch.setattr("core.models.HomePage.serve", explode)
    client.raise_request_exception = False
    response = client.get("/")
    body = response.content.decode()
    assert response.status_code == 500
    assert "Technischer Fehler" in body
    assert "geheimes Innenleben" not in body
    assert "Traceback" not in body
