import pytest
from django.core import mail
from wagtail.models import WorkflowState

from practices.models import PracticePage
from tests.practices import make_editor, practice_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def network_editor(tree):
    return make_editor("netzwerk", "Netzwerkredaktion")


@pytest.fixture
def submitted(client, tree, mannheim_editor, network_editor):
    """A practice Mannheim has submitted for review through the admin."""
    client.force_login(mannheim_editor)
    response = client.post(
        f"/admin/pages/add/practices/practicepage/{tree.mannheim.pk}/",
        practice_form_data(
            tree.approach,
            "Schulwegeplanung",
            "schulwegeplanung",
            **{"action-submit": "1"},
        ),
    )
    assert response.status_code == 302
    client.logout()
    return PracticePage.objects.get(slug="schulwegeplanung")


def workflow_action_url(page, action):
    task_state = page.workflow_states.get().current_task_state
    return f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"


def test_network_editors_hear_of_a_submission(submitted):
    assert [message.to for message in mail.outbox] == [["netzwerk@example.org"]]
    assert "Schulwegeplanung" in mail.outbox[0].subject


def test_network_editor_approves_and_the_practice_goes_live(
    client, submitted, network_editor
):
    client.force_login(network_editor)

    response = client.post(workflow_action_url(submitted, "approve"))

    submitted.refresh_from_db()
    assert response.status_code == 302
    assert submitted.live
    assert submitted.live_revision == submitted.latest_revision
    state = submitted.workflow_states.get()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_submitter_is_emailed_on_approval(client, submitted, network_editor):
    client.force_login(network_editor)
    mail.outbox.clear()

    client.post(workflow_action_url(submitted, "approve"))

    assert [message.to for message in mail.outbox] == [["mannheim@example.org"]]
    assert "Schulwegeplanung" in mail.outbox[0].subject


def test_requested_changes_keep_the_practice_offline(client, submitted, network_editor):
    client.force_login(network_editor)

    response = client.post(
        workflow_action_url(submitted, "reject"),
        {"comment": "Bitte die Ergebnisse mit Zahlen belegen."},
    )

    submitted.refresh_from_db()
    assert response.status_code == 302
    assert not submitted.live
    state = submitted.workflow_states.get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_submitter_is_emailed_the_requested_changes(client, submitted, network_editor):
    client.force_login(network_editor)
    mail.outbox.clear()

    client.post(
        workflow_action_url(submitted, "reject"),
        {"comment": "Bitte die Ergebnisse mit Zahlen belegen."},
    )

    assert [message.to for message in mail.outbox] == [["mannheim@example.org"]]
    assert "Bitte die Ergebnisse mit Zahlen belegen." in mail.outbox[0].body


def test_city_editor_cannot_approve_their_own_submission(
    client, submitted, mannheim_editor
):
    client.force_login(mannheim_editor)

    response = client.post(workflow_action_url(submitted, "approve"))

    submitted.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert not submitted.live
    state = submitted.workflow_states.get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
