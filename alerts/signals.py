"""The network editors see the counts of subscriptions, never addresses."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver

NETWORK_EDITORS = "Netzwerkredaktion"


@receiver(post_save, sender=Group, dispatch_uid="alerts-grant-network-editors")
def network_editors_created(sender, instance, created, raw=False, **kwargs):
    # The practices app creates the group; it may come after this app's migration.
    if not created or raw or instance.name != NETWORK_EDITORS:
        return
    permission = Permission.objects.filter(
        content_type__app_label="alerts", codename="view_alert_counts"
    ).first()
    if permission is not None:
        instance.permissions.add(permission)
