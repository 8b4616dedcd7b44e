import io

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from core.models import City, HomePage, Person, Tag

pytestmark = pytest.mark.django_db


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {
            "portal",
            "wagtailcore",
            "taggit",
            "auth",
            "practices",
            "dossiers",
            "members",
            "formpages",
            "downloads",
            "figures",
            "reports",
        }
    }


def load(**kwargs):
    call_command("load_demo_content", stdout=io.StringIO(), **kwargs)


def test_running_twice_leaves_the_same_row_counts(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-passwort-fuer-tests")
    load(with_users=True)
    first = row_counts()
    load(with_users=True)
    assert row_counts() == first


def test_builds_home_as_site_root_with_the_seed_people():
    load()

    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(title__startswith="Welcome").exists()
    assert Tag.objects.approaches().count() == 3
    assert City.objects.filter(name="Mannheim").exists()
    assert Person.objects.get(name="Heike Fleischmann").city.name == "Mannheim"


def test_creates_no_accounts_unless_asked():
    load()
    assert not get_user_model().objects.exists()


def test_with_users_uses_the_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "ein-langes-demo-passwort")
    load(with_users=True)

    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser
    assert admin.check_password("ein-langes-demo-passwort")


def test_with_users_prints_a_generated_password(monkeypatch, tmp_path, capsys):
    from core.management.commands import load_demo_content

    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    monkeypatch.setattr(load_demo_content, "PASSWORD_FILE", tmp_path / "pw")
    call_command("load_demo_content", "--with-users")

    password = (tmp_path / "pw").read_text().strip()
    assert len(password) >= 16
    assert f"Passwort: {password}" in capsys.readouterr().out
    assert get_user_model().objects.get(username="admin").check_password(password)


def test_accessibility_statement_follows_the_model_and_is_in_the_footer(client):
    load()

    soup = BeautifulSoup(client.get("/").content, "html.parser")
    footer = {a.get_text(): a["href"] for a in soup.select(".footer-links a")}
    assert footer["Erklärung zur Barrierefreiheit"] == "/barrierefreiheit/"
    page = BeautifulSoup(client.get("/barrierefreiheit/").content, "html.parser")
    assert [h.get_text() for h in page.select("main h2")] == [
        "Stand der Vereinbarkeit mit den Anforderungen",
        "Nicht barrierefreie Inhalte",
        "Erstellung dieser Erklärung",
        "Leichte Sprache und Gebärdensprache",
        "Barriere melden",
        "Schlichtungsverfahren",
    ]
    text = page.select_one("main").get_text(" ", strip=True)
    assert "teilweise vereinbar" in text
    assert "axe-core" in text
    assert "§ 16 des Behindertengleichstellungsgesetzes" in text


def test_editors_open_every_demo_page_in_the_admin(admin_client):
    load()
    for page in Page.objects.filter(depth__gt=1):
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page.url_path
