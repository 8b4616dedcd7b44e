import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models.signals import post_save
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageLogEntry,
    Revision,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from core.grants import NETWORK_EDITOR_GRANTS_HOOK, NetworkEditorGrant
from practices.models import CityPage, PracticePage
from practices.permissions import (
    NETWORK_EDITORS,
    ensure_city_editor_group,
    ensure_network_editor_group,
    ensure_practice_workflow,
)
from tests.factories import PracticePageFactory
from tests.practices import (
    city_form_data,
    home_form_data,
    index_form_data,
    practice_form_data,
)

pytestmark = pytest.mark.django_db

# Wagtail 8 answers a denied admin action with a redirect to the dashboard.
DENIED_MESSAGE = "Sie haben leider keinen Zugang zu diesem Bereich."


@pytest.fixture
def editor_client(client, mannheim_editor):
    client.force_login(mannheim_editor)
    return client


def page_permissions(group):
    return {
        (row.page_id, row.permission.codename)
        for row in GroupPagePermission.objects.filter(group=group)
    }


def collection_permissions(group):
    return {
        (row.collection.name, row.permission.codename)
        for row in GroupCollectionPermission.objects.filter(group=group)
    }


def model_permissions(group):
    return {
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def row_counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Group,
            Group.permissions.through,
            GroupPagePermission,
            GroupCollectionPermission,
            Collection,
            Workflow,
            Task,
            WorkflowTask,
            WorkflowPage,
        )
    }


def page_tree():
    """Everything a forbidden action could change, in comparable form."""
    return {
        "pages": list(
            Page.objects.order_by("pk").values_list(
                "pk", "path", "title", "draft_title", "slug", "live", "locked"
            )
        ),
        "revisions": Revision.objects.count(),
        "workflow_states": WorkflowState.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
    }


def assert_denied(response):
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    messages = [str(m).strip() for m in get_messages(response.wsgi_request)]
    assert DENIED_MESSAGE in messages


# Groups, collections and the workflow


def test_city_page_gets_an_editor_group_that_may_add_and_edit_below_it(tree):
    group = Group.objects.get(name="Redaktion Mannheim")

    assert page_permissions(group) == {
        (tree.mannheim.pk, "add_page"),
        (tree.mannheim.pk, "change_page"),
    }
    assert model_permissions(group) == {
        "wagtailadmin.access_admin",
        "portal.add_person",
        "portal.change_person",
    }


def test_city_editor_group_gets_its_own_collection(tree):
    group = Group.objects.get(name="Redaktion Mannheim")
    collection = Collection.objects.get(name="Mannheim")

    assert collection.get_parent() == Collection.get_first_root_node()
    # Wagtail checks documents against wagtaildocs.Document, even when swapped.
    assert collection_permissions(group) == {
        ("Mannheim", codename)
        for codename in (
            "add_image",
            "change_image",
            "choose_image",
            "add_document",
            "change_document",
            "choose_document",
        )
    }


def test_network_editors_may_publish_everything_below_the_home_page(tree):
    group = Group.objects.get(name=NETWORK_EDITORS)

    assert page_permissions(group) == {
        (tree.home.pk, f"{action}_page")
        for action in ("add", "change", "publish", "lock", "unlock")
    }


def test_network_editors_manage_media_and_the_network_snippets(tree):
    group = Group.objects.get(name=NETWORK_EDITORS)

    root = Collection.get_first_root_node().name
    assert collection_permissions(group) == {
        (root, f"{action}_{model}")
        for action in ("add", "change", "delete", "choose")
        for model in ("image", "document")
    } | {
        # Sign-language videos, granted by the accessibility app.
        (root, f"{action}_media")
        for action in ("add", "change")
    }
    assert model_permissions(group) == {
        "wagtailadmin.access_admin",
        "portal.release_portaldocument",
        "contacts.view_contactmessage",  # the contacts app's log, read-only
        "accessibility.view_barrierreport",  # declared grants (core.grants)
        "accessibility.change_barrierreport",
        "alerts.view_alert_counts",
    } | {
        f"{app}.{action}_{model}"
        for action in ("add", "change", "delete")
        for app, model in (
            ("portal", "city"),
            ("portal", "person"),
            ("portal", "tag"),
            ("reports", "articlekind"),  # declared by the reports app
        )
    }


def test_a_grant_an_app_declares_reaches_the_network_editors(tree):
    def grant():
        return NetworkEditorGrant(
            permissions=("taggit.view_tag",),
            collection_permissions=("wagtailimages.delete_image",),
        )

    group = Group.objects.get(name=NETWORK_EDITORS)
    assert "taggit.view_tag" not in model_permissions(group)
    with hooks.register_temporarily(NETWORK_EDITOR_GRANTS_HOOK, grant):
        ensure_network_editor_group(tree.index)

    assert "taggit.view_tag" in model_permissions(group)
    root = Collection.get_first_root_node().name
    assert (root, "delete_image") in collection_permissions(group)


def test_a_grant_naming_no_permission_stops_with_its_name(tree):
    def grant():
        return NetworkEditorGrant(permissions=("alerts.view_everything",))

    with (
        hooks.register_temporarily(NETWORK_EDITOR_GRANTS_HOOK, grant),
        pytest.raises(LookupError, match="alerts.view_everything"),
    ):
        ensure_network_editor_group(tree.index)


def test_network_editors_find_the_kinds_of_reports_in_the_network_menu(
    client, tree, django_user_model
):
    editor = django_user_model.objects.create_user("netz", password="x" * 12)
    editor.groups.add(Group.objects.get(name=NETWORK_EDITORS))
    client.force_login(editor)

    assert "Beitragsarten" in client.get("/admin/").text
    assert client.get("/admin/snippets/reports/articlekind/").status_code == 200


def test_practices_inherit_the_review_workflow_from_the_index_page(tree):
    workflow = WorkflowPage.objects.get(page=tree.index).workflow
    task = GroupApprovalTask.objects.get(name="Freigabe durch die Netzwerkredaktion")

    assert workflow.name == "Praxisfreigabe"
    assert list(workflow.tasks.specific()) == [task]
    assert list(task.groups.values_list("name", flat=True)) == [NETWORK_EDITORS]
    assert tree.mannheim_practice.get_workflow() == workflow
    assert tree.augsburg.get_workflow() == workflow


def test_saving_the_pages_again_changes_nothing(tree):
    before = row_counts()

    for page in (tree.index, tree.mannheim, tree.augsburg):
        page.save()
    ensure_network_editor_group(tree.index)
    ensure_practice_workflow(tree.index)
    ensure_city_editor_group(tree.mannheim)

    assert row_counts() == before


def test_renamed_city_renames_its_group_and_collection(tree):
    group = Group.objects.get(name="Redaktion Mannheim")
    groups_before = Group.objects.count()
    collections_before = Collection.objects.count()

    city = tree.mannheim.city
    city.name = "Mannheim-Quadrate"
    city.save()

    group.refresh_from_db()
    assert group.name == "Redaktion Mannheim-Quadrate"
    assert ("Mannheim-Quadrate", "add_document") in collection_permissions(group)
    assert Group.objects.count() == groups_before
    assert Collection.objects.count() == collections_before


def test_loading_fixtures_creates_no_groups(tree):
    Group.objects.filter(name="Redaktion Mannheim").delete()

    post_save.send(
        sender=CityPage,
        instance=tree.mannheim,
        created=True,
        raw=True,
        using="default",
        update_fields=None,
    )

    assert not Group.objects.filter(name="Redaktion Mannheim").exists()


# What a city editor may do


def test_city_editor_opens_the_add_form_below_their_city(editor_client, tree):
    response = editor_client.get(
        f"/admin/pages/add/practices/practicepage/{tree.mannheim.pk}/"
    )

    assert response.status_code == 200
    assert 'name="approaches"' in response.content.decode()


def test_city_editor_creates_a_draft_practice(editor_client, tree, mannheim_editor):
    response = editor_client.post(
        f"/admin/pages/add/practices/practicepage/{tree.mannheim.pk}/",
        practice_form_data(tree.approach, "Schulwegeplanung", "schulwegeplanung"),
    )

    page = PracticePage.objects.get(slug="schulwegeplanung")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert page.get_parent().pk == tree.mannheim.pk
    assert not page.live
    assert page.city == tree.mannheim.city
    assert page.owner == mannheim_editor
    assert list(page.approaches.all()) == [tree.approach]
    assert not WorkflowState.objects.exists()


def test_city_editor_submits_a_practice_for_review(
    editor_client, tree, mannheim_editor
):
    response = editor_client.post(
        f"/admin/pages/add/practices/practicepage/{tree.mannheim.pk}/",
        practice_form_data(
            tree.approach,
            "Schulwegeplanung",
            "schulwegeplanung",
            **{"action-submit": "1"},
        ),
    )

    page = PracticePage.objects.get(slug="schulwegeplanung")
    state = page.workflow_states.get()
    assert response.status_code == 302
    assert not page.live
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Praxisfreigabe"
    assert state.requested_by == mannheim_editor
    assert state.current_task_state.task.name == "Freigabe durch die Netzwerkredaktion"


def test_city_editor_edits_the_practices_of_their_city(editor_client, tree):
    response = editor_client.get(f"/admin/pages/{tree.mannheim_practice.pk}/edit/")

    assert response.status_code == 200


def test_city_editor_uploads_documents_into_their_collection(
    editor_client, tree, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    collection = Collection.objects.get(name="Mannheim")

    response = editor_client.post(
        "/admin/documents/add/",
        {
            "title": "Bildungsbericht Mannheim",
            "file": SimpleUploadedFile("bericht.csv", b"jahr;quote\n2024;42\n"),
            "collection": collection.pk,
            "language": "de",
        },
    )

    assert response.status_code == 302
    document = get_document_model().objects.get()
    assert document.collection == collection


def test_city_editor_cannot_publish_a_new_practice_directly(
    editor_client, tree, mannheim_editor
):
    draft = PracticePageFactory(
        parent=tree.mannheim, title="Entwurf", slug="entwurf", live=False
    )

    response = editor_client.post(
        f"/admin/pages/{draft.pk}/edit/",
        practice_form_data(
            tree.approach, "Entwurf", "entwurf", **{"action-publish": "1"}
        ),
    )

    draft.refresh_from_db()
    assert response.status_code == 302
    assert not draft.live
    assert draft.live_revision is None
    assert draft.first_published_at is None


def test_city_editor_cannot_publish_changes_to_a_live_practice(editor_client, tree):
    practice = tree.mannheim_practice

    response = editor_client.post(
        f"/admin/pages/{practice.pk}/edit/",
        practice_form_data(
            tree.approach,
            "Ungeprüfter Titel",
            practice.slug,
            **{"action-publish": "1"},
        ),
    )

    practice.refresh_from_db()
    assert response.status_code == 302
    assert practice.title == "Bildungsmonitoring Mannheim"
    assert practice.draft_title == "Ungeprüfter Titel"
    assert practice.has_unpublished_changes


# What a city editor must not do; each case leaves the tree untouched

PUBLISH = {"action-publish": "1"}


def _edit(page_name, form_data, extra=None):
    def request(tree):
        page = getattr(tree, page_name)
        return "post", f"/admin/pages/{page.pk}/edit/", form_data(tree, extra or {})

    return request


def _practice_data(tree, extra):
    practice = tree.augsburg_practice
    return practice_form_data(tree.approach, "Gekapert", practice.slug, **extra)


def _city_data(tree, extra):
    return city_form_data(tree.augsburg, "Gekapert", **extra)


def _index_data(tree, extra):
    return index_form_data(tree.index, "Gekapert", **extra)


def _home_data(tree, extra):
    return home_form_data(tree.home, "Gekapert", **extra)


def _get(path):
    return lambda tree: ("get", path.format(t=tree), None)


def _post(path, data=None):
    return lambda tree: ("post", path.format(t=tree), data or {})


FORBIDDEN = {
    "open Augsburg's practice": _get("/admin/pages/{t.augsburg_practice.pk}/edit/"),
    "open Augsburg's city page": _get("/admin/pages/{t.augsburg.pk}/edit/"),
    "open the index page": _get("/admin/pages/{t.index.pk}/edit/"),
    "open the home page": _get("/admin/pages/{t.home.pk}/edit/"),
    "save Augsburg's practice": _edit("augsburg_practice", _practice_data),
    "save Augsburg's city page": _edit("augsburg", _city_data),
    "save the index page": _edit("index", _index_data),
    "save the home page": _edit("home", _home_data),
    "publish Augsburg's practice": _edit("augsburg_practice", _practice_data, PUBLISH),
    "publish Augsburg's city page": _edit("augsburg", _city_data, PUBLISH),
    "publish the index page": _edit("index", _index_data, PUBLISH),
    "publish the home page": _edit("home", _home_data, PUBLISH),
    "confirm unpublishing Augsburg's practice": _get(
        "/admin/pages/{t.augsburg_practice.pk}/unpublish/"
    ),
    "unpublish Augsburg's practice": _post(
        "/admin/pages/{t.augsburg_practice.pk}/unpublish/"
    ),
    "unpublish Augsburg's city page": _post("/admin/pages/{t.augsburg.pk}/unpublish/"),
    "confirm deleting Augsburg's practice": _get(
        "/admin/pages/{t.augsburg_practice.pk}/delete/"
    ),
    "delete Augsburg's practice": _post(
        "/admin/pages/{t.augsburg_practice.pk}/delete/"
    ),
    "delete Augsburg's city page": _post("/admin/pages/{t.augsburg.pk}/delete/"),
    "choose where to move Augsburg's practice": _get(
        "/admin/pages/{t.augsburg_practice.pk}/move/"
    ),
    "move Augsburg's practice to Mannheim": _post(
        "/admin/pages/{t.augsburg_practice.pk}/move/{t.mannheim.pk}/confirm/"
    ),
    "move Mannheim's practice to Augsburg": _post(
        "/admin/pages/{t.mannheim_practice.pk}/move/{t.augsburg.pk}/confirm/"
    ),
    "copy Augsburg's practice": _get("/admin/pages/{t.augsburg_practice.pk}/copy/"),
    "lock Augsburg's practice": _post("/admin/pages/{t.augsburg_practice.pk}/lock/"),
    "open the add form below Augsburg": _get(
        "/admin/pages/add/practices/practicepage/{t.augsburg.pk}/"
    ),
    "add a practice below Augsburg": lambda tree: (
        "post",
        f"/admin/pages/add/practices/practicepage/{tree.augsburg.pk}/",
        practice_form_data(tree.approach, "Untergeschoben", "untergeschoben"),
    ),
}


@pytest.mark.parametrize("build_request", FORBIDDEN.values(), ids=FORBIDDEN.keys())
def test_city_editor_is_turned_away(editor_client, tree, build_request):
    method, url, data = build_request(tree)
    before = page_tree()

    response = getattr(editor_client, method)(url, data)

    assert_denied(response)
    assert page_tree() == before


def test_city_editor_cannot_copy_a_practice_into_another_city(editor_client, tree):
    before = page_tree()

    response = editor_client.post(
        f"/admin/pages/{tree.mannheim_practice.pk}/copy/",
        {
            "new_title": "Bildungsmonitoring Augsburg",
            "new_slug": "bildungsmonitoring-augsburg",
            "new_parent_page": tree.augsburg.pk,
        },
    )

    # The copy view answers with its form again, the parent field in error.
    assert response.status_code == 200
    assert "new_parent_page" in response.context["form"].errors
    assert page_tree() == before


@pytest.mark.parametrize(
    ("page_name", "form_data"),
    [
        ("augsburg_practice", _practice_data),
        ("augsburg", _city_data),
        ("index", _index_data),
        ("home", _home_data),
    ],
)
def test_the_forbidden_payloads_would_publish_for_an_admin(
    admin_client, tree, page_name, form_data
):
    # Proves the refusals above come from permissions, not from invalid forms.
    page = getattr(tree, page_name)

    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/", form_data(tree, PUBLISH)
    )

    page.refresh_from_db()
    assert response.status_code == 302
    assert page.title == "Gekapert"
    assert page.live
