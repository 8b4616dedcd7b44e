"""Groups, collections and the review workflow behind the practice pages.

Each member city edits its own pages and submits them for review; the network
editors approve and publish. Everything here is idempotent, so saving a page
again only fills in what is missing.
"""

from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permissions import policy_registry

from core.contract import declaring
from core.grants import network_editor_grants, permissions_named
from core.models import City, Person, Tag

from .models import CityPage

__all__ = [
    "CITY_EDITOR_PREFIX",
    "NETWORK_EDITORS",
    "REVIEW_TASK",
    "REVIEW_WORKFLOW",
    "city_editor_group_name",
    "city_pages_edited_by",
    "confined_city_ids",
    "ensure_city_editor_group",
    "ensure_network_editor_group",
    "ensure_practice_workflow",
]

NETWORK_EDITORS = "Netzwerkredaktion"
CITY_EDITOR_PREFIX = "Redaktion "
REVIEW_WORKFLOW = "Praxisfreigabe"
REVIEW_TASK = "Freigabe durch die Netzwerkredaktion"

# No publish, lock or bulk_delete: city editors submit for review.
CITY_PAGE_ACTIONS = ("add", "change")
NETWORK_PAGE_ACTIONS = ("add", "change", "publish", "lock", "unlock")
CITY_MEDIA_ACTIONS = ("add", "change", "choose")
NETWORK_MEDIA_ACTIONS = ("add", "change", "delete", "choose")
NETWORK_SNIPPETS = (City, Person, Tag)  # and the vocabularies kinds declare
NETWORK_SNIPPET_ACTIONS = ("add", "change", "delete")
# City editors keep their city's people (core/people.py confines them).
CITY_PERSON_ACTIONS = ("add", "change")


def network_snippet_models():
    """What the "Netzwerk" menu holds: the kernel's snippets and those that
    content types declare, e.g. the kinds of reports."""
    declared = [
        viewset.model
        for content_type in declaring("snippets")
        for viewset in content_type.snippets
    ]
    return (*NETWORK_SNIPPETS, *declared)


def city_editor_group_name(city):
    return f"{CITY_EDITOR_PREFIX}{city.name}"


def city_pages_edited_by(user):
    """The city pages whose editor groups the user is in."""
    return CityPage.objects.filter(
        group_permissions__group__user=user,
        group_permissions__permission__codename="change_page",
        group_permissions__group__name__startswith=CITY_EDITOR_PREFIX,
    ).distinct()


def confined_city_ids(user, permission):
    """The cities whose editor groups alone give `user` the `permission`
    ("app.codename"); None when another group or the user's own rights give it
    without confinement."""
    app_label, codename = permission.split(".", 1)
    if user.user_permissions.filter(
        content_type__app_label=app_label, codename=codename
    ).exists():
        return None
    city_groups = Group.objects.filter(
        page_permissions__page__in=CityPage.objects.values("pk"),
        name__startswith=CITY_EDITOR_PREFIX,
    )
    granting = user.groups.filter(
        permissions__content_type__app_label=app_label, permissions__codename=codename
    )
    if granting.exclude(pk__in=city_groups.values("pk")).exists():
        return None
    return set(
        CityPage.objects.filter(
            group_permissions__group__in=granting.values("pk")
        ).values_list("city_id", flat=True)
    )


def _model_permission(model, action):
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(model),
        codename=get_permission_codename(action, model._meta),
    )


def _page_permission(action):
    return _model_permission(Page, action)


def _media_permissions(actions):
    # Wagtail checks a custom document model against wagtaildocs.Document's
    # permissions (the policy's auth_model), not against the model's own.
    for media_model in (get_image_model(), get_document_model()):
        auth_model = policy_registry.get_by_type(media_model).auth_model
        for action in actions:
            yield _model_permission(auth_model, action)


def _access_admin():
    return Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )


def _grant_pages(group, page, actions):
    for action in actions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_page_permission(action)
        )


def _grant_collection(group, collection, actions):
    for permission in _media_permissions(actions):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def _city_group_of(city_page):
    # The page permission is the stable link, so a renamed city keeps its group.
    link = (
        GroupPagePermission.objects.filter(
            page=city_page, group__name__startswith=CITY_EDITOR_PREFIX
        )
        .select_related("group")
        .order_by("group_id")
        .first()
    )
    return link.group if link else None


def _city_collection(group, name):
    root = Collection.get_first_root_node()
    link = (
        GroupCollectionPermission.objects.filter(group=group)
        .exclude(collection=root)
        .select_related("collection")
        .order_by("collection_id")
        .first()
    )
    if link:
        collection = link.collection
        if collection.name != name:
            collection.name = name
            collection.save(update_fields=["name"])
        return collection
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


@transaction.atomic
def ensure_city_editor_group(city_page):
    """The group "Redaktion <Stadt>": edits and submits below its city page."""
    name = city_editor_group_name(city_page.city)
    group = _city_group_of(city_page)
    if group is None:
        group, _ = Group.objects.get_or_create(name=name)
    elif group.name != name:
        group.name = name
        group.save(update_fields=["name"])

    group.permissions.add(
        _access_admin(),
        *(_model_permission(Person, action) for action in CITY_PERSON_ACTIONS),
    )
    _grant_pages(group, city_page, CITY_PAGE_ACTIONS)
    _grant_collection(
        group, _city_collection(group, city_page.city.name), CITY_MEDIA_ACTIONS
    )
    return group


@transaction.atomic
def ensure_network_editor_group(index_page):
    """The group "Netzwerkredaktion": reviews, publishes, releases documents,
    keeps the snippets and gets what the apps grant it (core.grants)."""
    group, _ = Group.objects.get_or_create(name=NETWORK_EDITORS)
    declared = network_editor_grants()
    group.permissions.add(
        _access_admin(),
        # Uploads by city editors wait for this (portal/releases.py).
        _model_permission(get_document_model(), "release"),
        *(
            _model_permission(model, action)
            for model in network_snippet_models()
            for action in NETWORK_SNIPPET_ACTIONS
        ),
        *permissions_named(declared.permissions),
    )
    _grant_pages(group, index_page.get_parent(), NETWORK_PAGE_ACTIONS)
    root = Collection.get_first_root_node()
    _grant_collection(group, root, NETWORK_MEDIA_ACTIONS)
    for permission in permissions_named(declared.collection_permissions):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )
    return group


@transaction.atomic
def ensure_practice_workflow(index_page):
    """Workflow "Praxisfreigabe" on the index page, inherited by everything below."""
    group, _ = Group.objects.get_or_create(name=NETWORK_EDITORS)
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
    task.groups.add(group)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    # get_or_create: a workflow chosen later in the admin stays in place.
    WorkflowPage.objects.get_or_create(page=index_page, defaults={"workflow": workflow})
    return workflow
