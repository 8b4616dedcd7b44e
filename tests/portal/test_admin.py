import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def test_admin_login_page_is_german(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    content = response.content.decode()
    assert 'lang="de"' in content
    assert "Anmelden" in content


def test_editor_logs_in_and_sees_the_german_dashboard(client, home_page):
    get_user_model().objects.create_superuser(
        "redaktion", "r@example.org", "geheim-123"
    )

    response = client.post(
        "/admin/login/",
        {"username": "redaktion", "password": "geheim-123"},
        follow=True,
    )

    assert response.status_code == 200
    assert response.request["PATH_INFO"] == "/admin/"
    assert "Seiten" in response.content.decode()


def test_wrong_password_is_refused_in_german(client):
    get_user_model().objects.create_user("redaktion", password="geheim-123")
    response = client.post(
        "/admin/login/", {"username": "redaktion", "password": "falsch"}
    )
    assert response.status_code == 200
    assert "Passwort wurden nicht erkannt" in response.content.decode()


def test_network_snippets_are_editable_in_the_admin(admin_client, home_page):
    for url in (
        "/admin/snippets/portal/city/",
        "/admin/snippets/portal/person/",
        "/admin/snippets/portal/tag/",
        "/admin/snippets/portal/city/add/",
    ):
        assert admin_client.get(url).status_code == 200, url


def test_person_chooser_shows_name_role_and_city(admin_client):
    from bs4 import BeautifulSoup

    from tests.factories import CityFactory, PersonFactory

    PersonFactory(name="Heike Fleischmann", role="Leiterin", city=CityFactory())
    response = admin_client.get("/admin/snippets/choose/portal/person/")
    soup = BeautifulSoup(response.json()["html"], "html.parser")
    assert soup.select_one("h1, h2").get_text(" ", strip=True) == "Person auswählen"
    assert [th.get_text(strip=True) for th in soup.select("th")] == [
        "Name",
        "Funktion",
        "Kommune",
    ]
    assert "Heike Fleischmann" in soup.select_one("tbody").get_text()


def test_wagtails_reports_menu_does_not_read_like_the_network_reports(admin_client):
    import json

    from bs4 import BeautifulSoup

    soup = BeautifulSoup(admin_client.get("/admin/").content, "html.parser")
    props = json.loads(soup.select_one("#wagtail-sidebar-props").string)
    labels = json.dumps(props, ensure_ascii=False)
    assert '"Auswertungen"' in labels
    assert '"Berichte"' not in labels
