"""The network editors read the log of contact messages."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver

NETWORK_EDITORS = "Netzwerkredaktion"


def grant_log_access(group):
    permission = Permission.objects.filter(
        content_type__app_label="contacts", codename="view_contactmessage"
    ).first()
    if permission is not None:
        group.permissions.add(permission)


@receiver(post_save, sender=Group, dispatch_uid="contacts-grant-network-editors")
def network_editors_created(sender, instance, created, raw=False, **kwargs):
    # The practices app creates the group; it may come after this app's migration.
    if created and not raw and instance.name == NETWORK_EDITORS:
        grant_log_access(instance)
