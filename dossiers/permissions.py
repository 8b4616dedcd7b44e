"""The group "Versand": the only editors who see print orders and addresses."""

from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from .models import PrintOrder, PrintStock

__all__ = ["DISPATCH_GROUP", "ensure_dispatch_group"]

DISPATCH_GROUP = "Versand"
# No "add": orders come from the public form. No "delete": the timer anonymises.
DISPATCH_PERMISSIONS = {PrintOrder: ("view", "change"), PrintStock: ("view", "change")}


def _permissions():
    for model, actions in DISPATCH_PERMISSIONS.items():
        content_type = ContentType.objects.get_for_model(model)
        for action in actions:
            yield Permission.objects.get(
                content_type=content_type,
                codename=get_permission_codename(action, model._meta),
            )


@transaction.atomic
def ensure_dispatch_group():
    group, _ = Group.objects.get_or_create(name=DISPATCH_GROUP)
    # Wagtail creates access_admin in a migration; a test flush removes it.
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    group.permissions.add(*access_admin, *_permissions())
    return group
