"""The network editors handle barrier reports and upload sign-language videos."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver

NETWORK_EDITORS = "Netzwerkredaktion"
REPORT_PERMISSIONS = ("view_barrierreport", "change_barrierreport")
# wagtailmedia checks media rights per collection, like images and documents.
MEDIA_PERMISSIONS = ("add_media", "change_media")


def grant_network_editors(group):
    from wagtail.models import Collection, GroupCollectionPermission

    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="accessibility", codename__in=REPORT_PERMISSIONS
        )
    )
    root = Collection.get_first_root_node()
    if root is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailmedia", codename__in=MEDIA_PERMISSIONS
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


@receiver(post_save, sender=Group, dispatch_uid="accessibility-network-editors")
def network_editors_created(sender, instance, created, raw=False, **kwargs):
    # The practices app creates the group; it may come after this app's migration.
    if created and not raw and instance.name == NETWORK_EDITORS:
        grant_network_editors(instance)
