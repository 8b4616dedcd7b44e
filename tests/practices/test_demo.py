from practices.models import CityPage, PracticePage


def test_demo_builds_the_three_cities_and_their_practices(demo_content):
    assert sorted(CityPage.objects.values_list("title", flat=True)) == [
        "Augsburg",
        "Kaiserslautern",
        "Mannheim",
    ]
    assert PracticePage.objects.live().count() == 5


def test_demo_mannheim_ism_has_four_departments_and_its_quote(demo_content):
    ism = PracticePage.objects.get(slug="integriertes-sozialmanagement")
    assert [str(d) for d in ism.departments.all()] == [
        "Bildung (40)",
        "Arbeit und Soziales (50)",
        "Tageseinrichtungen für Kinder (56)",
        "Jugendamt und Gesundheitsamt (58)",
    ]
    assert ism.quote_person.name == "Heike Fleischmann"
    assert {tag.name for tag in ism.approaches.all()} == {
        "datenbasiert",
        "sozialräumlich",
    }


def test_demo_klar_is_findable_by_its_acronym(client, demo_content):
    response = client.get("/suche/", {"q": "KLAR"})
    content = response.content.decode()
    assert "<mark>KLAR</mark> – Informations- und Steuerungssystem" in content


def test_demo_city_editors_belong_to_their_city_group(demo_content):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.get(username="redaktion-mannheim")
    assert list(editor.groups.values_list("name", flat=True)) == ["Redaktion Mannheim"]
    assert not editor.is_superuser
