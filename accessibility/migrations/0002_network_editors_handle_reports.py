"""The group "Netzwerkredaktion", if there is one already, handles barrier
reports and uploads videos; a group created later gets it from
the app's declared grant (wagtail_hooks.py, core.grants)."""

from django.db import migrations

NETWORK_EDITORS = "Netzwerkredaktion"


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group = Group.objects.filter(name=NETWORK_EDITORS).first()
    if group is None:
        return
    report_type, _ = ContentType.objects.get_or_create(
        app_label="accessibility", model="barrierreport"
    )
    for codename, name in (
        ("view_barrierreport", "Can view Barrieremeldung"),
        ("change_barrierreport", "Can change Barrieremeldung"),
    ):
        permission, _ = Permission.objects.get_or_create(
            content_type=report_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailmedia", codename__in=("add_media", "change_media")
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


class Migration(migrations.Migration):

    dependencies = [
        ("accessibility", "0001_pages_videos_reports"),
        ("wagtailmedia", "0005_alter_media_options"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
