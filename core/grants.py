"""What each app lets the network editors do in the admin.

An app registers a `register_network_editor_grants` function in its
`wagtail_hooks.py` that returns a `NetworkEditorGrant`; the app that keeps the
network editors' group (`practices.permissions.ensure_network_editor_group`)
applies every declared grant, so no app names the group.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.contrib.auth.models import Permission
from django.db.models import Q
from wagtail import hooks

__all__ = [
    "NETWORK_EDITOR_GRANTS_HOOK",
    "NetworkEditorGrant",
    "network_editor_grants",
    "permissions_named",
]

NETWORK_EDITOR_GRANTS_HOOK = "register_network_editor_grants"


@dataclass(frozen=True)
class NetworkEditorGrant:
    # Model permissions, "app_label.codename", e.g. "contacts.view_contactmessage".
    permissions: tuple[str, ...] = ()
    # Granted on the root collection, for models Wagtail checks per collection
    # (wagtailmedia's videos), "app_label.codename".
    collection_permissions: tuple[str, ...] = ()


def network_editor_grants() -> NetworkEditorGrant:
    """Every app's grants in one."""
    declared = [hook() for hook in hooks.get_hooks(NETWORK_EDITOR_GRANTS_HOOK)]
    return NetworkEditorGrant(
        permissions=tuple(name for grant in declared for name in grant.permissions),
        collection_permissions=tuple(
            name for grant in declared for name in grant.collection_permissions
        ),
    )


def permissions_named(names):
    """The permissions "app_label.codename", in one query; a name that matches
    none is a mistake in a declaration, so it raises LookupError."""
    if not names:
        return []
    pairs = {tuple(name.split(".", 1)) for name in names}
    found = list(
        Permission.objects.filter(
            reduce(
                or_,
                (
                    Q(content_type__app_label=app_label, codename=codename)
                    for app_label, codename in pairs
                ),
            )
        ).select_related("content_type")
    )
    missing = pairs - {(p.content_type.app_label, p.codename) for p in found}
    if missing:
        names = sorted(".".join(pair) for pair in missing)
        raise LookupError(f"No such permission: {', '.join(names)}")
    return found
