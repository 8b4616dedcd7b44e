"""The editors' guide in the admin and the help links that lead to it."""

import json

import pytest
from bs4 import BeautifulSoup

from tests.practices import build_tree, make_editor

pytestmark = pytest.mark.django_db

GUIDE = "/admin/anleitung/"


@pytest.fixture
def city_editor(home_page):
    build_tree(home_page)
    return make_editor("mannheim", "Redaktion Mannheim")


@pytest.fixture
def guide(client, city_editor):
    client.force_login(city_editor)
    response = client.get(GUIDE)
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def headings(soup, level):
    return [" ".join(h.get_text().split()) for h in soup.find("main").find_all(level)]


def test_the_guide_is_ordered_by_the_three_roles(guide):
    assert headings(guide, "h2")[1:] == [
        "Kommunalredaktion",
        "Netzwerkredaktion",
        "Versand",
    ]


def test_each_role_finds_its_tasks(guide):
    sections = headings(guide, "h3")
    for task in [
        "Praxisprofil anlegen",
        "Zur Prüfung einreichen",
        "Personen pflegen",
        "Prüfdatum bestätigen",
        "Praxisprofile freigeben",
        "Themendossiers zusammenstellen",
        "Schlagwörter",
        "Bestellungen bearbeiten",
        "Adresslisten exportieren",
    ]:
        assert task in sections


def test_the_city_editors_tasks_come_in_working_order(guide):
    role = guide.find(id="kommunalredaktion")
    assert [" ".join(h.get_text().split()) for h in role.find_all("h3")] == [
        "Praxisprofil anlegen",
        "Zur Prüfung einreichen",
        "Prüfdatum bestätigen",
        "Personen pflegen",
        "Dokumente hochladen",
    ]


def test_the_contents_link_every_section(guide):
    contents = guide.find("nav", attrs={"aria-labelledby": "guide-contents-heading"})
    for link in contents.find_all("a"):
        assert guide.find(id=link["href"].removeprefix("#")) is not None


def test_the_guide_explains_the_review_confirmation(guide):
    text = " ".join(guide.find(id="pruefdatum-bestaetigen").get_text().split())
    assert "„Geprüft, unverändert“" in text
    assert "nicht erneut freigegeben" in text


def test_the_guide_is_for_editors_only(client):
    response = client.get(GUIDE)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def menu_items(node):
    """Every item of the admin sidebar's menu, from its JSON props."""
    if isinstance(node, dict):
        if "name" in node and "label" in node:
            yield node
        for value in node.values():
            yield from menu_items(value)
    elif isinstance(node, list):
        for value in node:
            yield from menu_items(value)


def help_menu(response):
    soup = BeautifulSoup(response.text, "html.parser")
    props = json.loads(soup.find(id="wagtail-sidebar-props").string)
    return {item["name"]: item for item in menu_items(props)}


def test_the_help_menu_leads_to_the_guide(client, city_editor):
    client.force_login(city_editor)

    items = help_menu(client.get("/admin/"))

    assert items["editor-guide"]["label"] == "Anleitung für Redaktionen"
    assert items["editor-guide"]["url"] == GUIDE
    assert not [name for name in items if name.startswith("whats-new")]


def test_the_dashboard_links_the_guide_not_wagtails(client, city_editor):
    client.force_login(city_editor)

    response = client.get("/admin/")

    soup = BeautifulSoup(response.text, "html.parser")
    link = soup.find("a", string="Anleitung für Redaktionen")
    assert link["href"] == GUIDE
    assert "guide.wagtail.org" not in response.text
