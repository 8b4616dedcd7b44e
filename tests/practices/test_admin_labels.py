"""What editors read in the page editor: workflow actions in one wording, and
inline items named by their content."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import WorkflowState

from practices.models import (
    PracticeContact,
    PracticeDepartment,
    PracticePage,
    RelatedPractice,
)
from tests.factories import PersonFactory
from tests.practices import make_editor, practice_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def network_editor(tree):
    return make_editor("netzwerk", "Netzwerkredaktion")


@pytest.fixture
def submitted(client, tree, mannheim_editor):
    client.force_login(mannheim_editor)
    client.post(
        f"/admin/pages/add/practices/practicepage/{tree.mannheim.pk}/",
        practice_form_data(
            tree.approach,
            "Schulwegeplanung",
            "schulwegeplanung",
            **{"action-submit": "1"},
        ),
    )
    client.logout()
    return PracticePage.objects.get(slug="schulwegeplanung")


def footer_actions(response):
    soup = BeautifulSoup(response.text, "html.parser")
    footer = soup.find("footer")
    return [
        " ".join(item.get_text().split())
        for item in footer.find_all(["button", "a"])
        if item.get_text().strip()
    ]


def test_the_reviewer_reads_the_actions_in_one_wording(
    client, submitted, network_editor
):
    client.force_login(network_editor)

    actions = footer_actions(client.get(f"/admin/pages/{submitted.pk}/edit/"))

    assert "Änderungen anfordern" in actions
    assert "Freigeben und veröffentlichen" in actions
    assert "Mit Kommentar freigeben und veröffentlichen" in actions
    assert "Freigabe abbrechen" in actions
    joined = " ".join(actions)
    for wording in ("genehmigen", "und Veröffentlichen", "Workflow"):
        assert wording not in joined


def test_the_dashboard_offers_the_same_wording(client, submitted, network_editor):
    client.force_login(network_editor)

    response = client.get("/admin/")

    assert "Mit Kommentar freigeben" in response.text
    assert "genehmigen" not in response.text


def test_the_submitter_withdraws_with_the_same_wording(
    client, submitted, mannheim_editor
):
    client.force_login(mannheim_editor)

    actions = footer_actions(client.get(f"/admin/pages/{submitted.pk}/edit/"))

    assert "Freigabe abbrechen" in actions
    assert "Workflow abbrechen" not in actions


def test_requested_changes_are_resubmitted_to_the_named_review(
    client, submitted, network_editor, mannheim_editor
):
    client.force_login(network_editor)
    task_state = submitted.workflow_states.get().current_task_state
    client.post(
        f"/admin/pages/workflow/action/{submitted.pk}/reject/{task_state.pk}/",
        {"comment": "Bitte Zahlen ergänzen."},
    )
    assert submitted.workflow_states.get().status == WorkflowState.STATUS_NEEDS_CHANGES
    client.force_login(mannheim_editor)

    actions = footer_actions(client.get(f"/admin/pages/{submitted.pk}/edit/"))

    assert "Erneut zur Freigabe durch die Netzwerkredaktion einreichen" in actions


@pytest.fixture
def filled_practice(tree):
    page = tree.mannheim_practice
    PracticeDepartment.objects.create(page=page, name="Jugendamt", number="51")
    PracticeContact.objects.create(
        page=page, person=PersonFactory(name="Dr. Anna Schmidt")
    )
    RelatedPractice.objects.create(page=page, related=tree.augsburg_practice)
    page.save_revision().publish()
    return page


def item_headings(response):
    soup = BeautifulSoup(response.text, "html.parser")
    return [
        " ".join(heading.get_text().split())
        for heading in soup.select("[data-inline-panel-child] h2")
    ]


def test_inline_items_are_named_by_their_content(
    client, filled_practice, mannheim_editor
):
    client.force_login(mannheim_editor)

    response = client.get(f"/admin/pages/{filled_practice.pk}/edit/")

    headings = item_headings(response)
    assert "Fachbereich: Jugendamt (51)" in headings
    assert "Ansprechperson: Dr. Anna Schmidt" in headings
    assert "Verwandtes Praxisprofil: Bildungsregion Augsburg" in headings


def test_inline_lists_keep_their_heading_and_add_one_item(
    client, filled_practice, mannheim_editor
):
    client.force_login(mannheim_editor)

    response = client.get(f"/admin/pages/{filled_practice.pk}/edit/")

    text = " ".join(BeautifulSoup(response.text, "html.parser").get_text().split())
    for heading, item in [
        ("Beteiligte Fachbereiche", "Fachbereich"),
        ("Ansprechpersonen", "Ansprechperson"),
        ("Downloads", "Download"),
        ("Verwandte Praxisprofile", "Verwandtes Praxisprofil"),
    ]:
        assert heading in text
        assert f"{item} hinzufügen" in text
    assert "Beteiligte Fachbereiche 1" not in text


def test_an_item_name_is_escaped(client, tree, mannheim_editor):
    page = tree.mannheim_practice
    PracticeDepartment.objects.create(page=page, name="<b>Amt</b>")
    client.force_login(mannheim_editor)

    response = client.get(f"/admin/pages/{page.pk}/edit/")

    assert "Fachbereich: &lt;b&gt;Amt&lt;/b&gt;" in response.text


def test_the_person_chooser_reads_person_aendern(
    client, filled_practice, mannheim_editor
):
    client.force_login(mannheim_editor)

    response = client.get(f"/admin/pages/{filled_practice.pk}/edit/")

    assert "Person ändern" in response.text
    assert "Person-Objekt" not in response.text
