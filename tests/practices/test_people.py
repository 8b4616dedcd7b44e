"""City editors keep their own city's people; network editors keep everybody."""

import importlib

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth.models import Group

from core.models import Person
from tests.factories import PersonFactory
from tests.practices import make_editor

pytestmark = pytest.mark.django_db

PEOPLE = "/admin/snippets/portal/person/"


@pytest.fixture
def people(tree):
    return {
        "mannheim": PersonFactory(name="Mara Mannheim", city=tree.mannheim.city),
        "augsburg": PersonFactory(name="Anton Augsburg", city=tree.augsburg.city),
    }


@pytest.fixture
def editor_client(client, mannheim_editor):
    client.force_login(mannheim_editor)
    return client


@pytest.fixture
def network_client(client, tree):
    client.force_login(make_editor("netzwerk", "Netzwerkredaktion"))
    return client


def listed_names(client, url=PEOPLE):
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    titles = soup.select("[id^=snippet_][id$=_title]")
    return sorted(title.get_text(strip=True) for title in titles)


def person_data(**extra):
    return {"name": "Nele Neu", "role": "Bildungsbüro", **extra}


def test_city_editor_lists_only_their_citys_people(editor_client, people):
    assert listed_names(editor_client) == ["Mara Mannheim"]


def test_city_editor_adds_a_person_of_their_own_city(editor_client, tree, people):
    response = editor_client.post(
        f"{PEOPLE}add/", person_data(city=tree.augsburg.city.pk)
    )

    assert response.status_code == 302
    assert Person.objects.get(name="Nele Neu").city == tree.mannheim.city


def test_city_editor_sees_their_city_fixed_in_the_form(editor_client, tree):
    soup = BeautifulSoup(editor_client.get(f"{PEOPLE}add/").content, "html.parser")
    field = soup.find("select", attrs={"name": "city"})
    options = [option.get_text(strip=True) for option in field.find_all("option")]
    assert field.has_attr("disabled")
    assert tree.mannheim.city.name in options
    assert tree.augsburg.city.name not in options


def test_city_editor_edits_a_person_of_their_city(editor_client, people):
    person = people["mannheim"]
    response = editor_client.post(
        f"{PEOPLE}edit/{person.pk}/", person_data(name="Mara Mannheim-Neu")
    )

    assert response.status_code == 302
    person.refresh_from_db()
    assert person.name == "Mara Mannheim-Neu"
    assert person.city.name == "Mannheim"


def test_city_editor_cannot_edit_another_citys_person(editor_client, people):
    person = people["augsburg"]
    url = f"{PEOPLE}edit/{person.pk}/"

    assert editor_client.get(url).status_code == 404
    assert editor_client.post(url, person_data(name="Übernommen")).status_code == 404
    person.refresh_from_db()
    assert person.name == "Anton Augsburg"


@pytest.mark.parametrize("view", ["history", "usage"])
def test_city_editor_finds_no_history_or_usage_of_another_citys_person(
    editor_client, people, view
):
    own, other = people["mannheim"], people["augsburg"]
    assert editor_client.get(f"{PEOPLE}{view}/{own.pk}/").status_code == 200
    assert editor_client.get(f"{PEOPLE}{view}/{other.pk}/").status_code == 404


def test_city_editor_cannot_copy_another_citys_person(editor_client, people):
    other = people["augsburg"]
    other.email = "anton@augsburg.example"
    other.save()

    response = editor_client.get(f"{PEOPLE}copy/{other.pk}/", follow=True)

    assert "anton@augsburg.example" not in response.content.decode()
    assert "keinen Zugang" in response.content.decode()


def test_city_editor_cannot_delete_people(editor_client, people):
    for person in people.values():
        response = editor_client.post(f"{PEOPLE}delete/{person.pk}/")
        assert response.status_code in (302, 403, 404)
    assert Person.objects.count() == 2


def test_city_editor_still_chooses_any_person(editor_client, people):
    response = editor_client.get("/admin/snippets/choose/portal/person/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Mara Mannheim" in content and "Anton Augsburg" in content


def test_network_editor_lists_and_edits_everybody(network_client, people, tree):
    assert listed_names(network_client) == ["Anton Augsburg", "Mara Mannheim"]
    person = people["augsburg"]

    response = network_client.post(
        f"{PEOPLE}edit/{person.pk}/",
        person_data(name="Anton Augsburg", city=tree.mannheim.city.pk),
    )

    assert response.status_code == 302
    person.refresh_from_db()
    assert person.city == tree.mannheim.city


def test_network_editor_may_leave_the_city_empty(network_client, tree):
    response = network_client.post(f"{PEOPLE}add/", person_data(city=""))
    assert response.status_code == 302
    assert Person.objects.get(name="Nele Neu").city is None


def test_an_editor_of_a_city_and_the_network_keeps_everybody(
    client, people, mannheim_editor
):
    mannheim_editor.groups.add(Group.objects.get(name="Netzwerkredaktion"))
    client.force_login(mannheim_editor)
    assert listed_names(client) == ["Anton Augsburg", "Mara Mannheim"]


def test_existing_city_groups_get_the_rights_by_migration(tree):
    group = Group.objects.get(name="Redaktion Mannheim")
    group.permissions.remove(*group.permissions.filter(codename__endswith="_person"))
    migration = importlib.import_module(
        "practices.migrations.0006_city_editors_keep_people"
    )

    migration.grant_people(apps, None)

    assert set(
        group.permissions.filter(codename__endswith="_person").values_list(
            "codename", flat=True
        )
    ) == {"add_person", "change_person"}
