import pytest

from practices.models import CityPage, PracticeIndexPage, PracticePage
from practices.models.relations import (
    PracticeContact,
    PracticeDepartment,
    PracticeDownload,
    RelatedPractice,
)


def own_editable_fields(model):
    return [
        field
        for field in model._meta.get_fields()
        if getattr(field, "editable", False)
        and getattr(field, "model", None) is model
        and not field.auto_created
        and field.name not in {"page", "sort_order", "page_ptr"}
    ]


@pytest.mark.parametrize(
    "model",
    [
        PracticePage,
        CityPage,
        PracticeIndexPage,
        PracticeContact,
        PracticeDepartment,
        PracticeDownload,
        RelatedPractice,
    ],
)
def test_every_field_an_editor_fills_has_a_german_label_and_help(model):
    for field in own_editable_fields(model):
        assert str(field.verbose_name) != field.name.replace("_", " "), field.name
        assert str(field.help_text), f"{model.__name__}.{field.name}"


def test_missing_approach_gets_a_clear_message(admin_client, practice_tree):
    response = admin_client.get(f"/admin/pages/{practice_tree['ism'].pk}/edit/")
    form = response.context["form"]
    assert "Ohne Ansatz kann das Praxisprofil nicht" in str(
        form.fields["approaches"].error_messages["required"]
    )


def test_publishing_without_approach_is_refused_with_the_message(
    admin_client, practice_tree
):
    from tests.practices import practice_form_data

    page = practice_tree["ism"]
    approach = practice_tree["ism"].approaches.first()
    data = practice_form_data(approach, "Ohne Ansatz", page.slug)
    data |= {"action-publish": "1"}
    del data["approaches"]

    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)

    assert response.status_code == 200
    assert "Ohne Ansatz kann das Praxisprofil nicht" in response.content.decode()
    page.refresh_from_db()
    assert page.title == "Integriertes Sozialmanagement"


def test_the_topics_field_explains_itself_once(admin_client, practice_tree):
    from bs4 import BeautifulSoup

    page = practice_tree["ism"]
    soup = BeautifulSoup(
        admin_client.get(f"/admin/pages/{page.pk}/edit/").content, "html.parser"
    )
    field = soup.select_one("input[name=tags]").find_parent(attrs={"data-field": True})
    text = field.get_text(" ", strip=True)
    assert "mit Komma oder Eingabetaste trennen" in text
    assert "Anführungszeichen" not in text  # Wagtail's own second help line


def test_a_quote_without_its_speaker_is_refused(admin_client, practice_tree):
    from tests.practices import practice_form_data

    page = practice_tree["ism"]
    approach = page.approaches.first()
    data = practice_form_data(approach, page.title, page.slug)
    data |= {"quote_text": "Ohne Person.", "action-publish": "1"}

    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)

    assert response.status_code == 200
    assert "Wählen Sie die Person, die zitiert wird." in response.content.decode()
    page.refresh_from_db()
    assert page.quote_text != "Ohne Person."
