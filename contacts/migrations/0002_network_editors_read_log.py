"""The group "Netzwerkredaktion", if there is one already, reads the log of
contact messages; a group created later gets it from the
app's declared grant (wagtail_hooks.py, core.grants)."""

from django.db import migrations

NETWORK_EDITORS = "Netzwerkredaktion"


def grant_view(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=NETWORK_EDITORS).first()
    if group is None:
        return
    content_type, _ = ContentType.objects.get_or_create(
        app_label="contacts", model="contactmessage"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_contactmessage",
        defaults={"name": "Can view Kontaktanfrage"},
    )
    group.permissions.add(permission)


class Migration(migrations.Migration):

    dependencies = [
        ("contacts", "0001_contact_messages_and_page"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(grant_view, migrations.RunPython.noop),
    ]
