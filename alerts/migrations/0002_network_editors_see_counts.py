"""The group "Netzwerkredaktion", if there is one already, sees the counts of
subscriptions; a group created later gets them from the
app's declared grant (wagtail_hooks.py, core.grants)."""

from django.db import migrations

NETWORK_EDITORS = "Netzwerkredaktion"


def grant_counts(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=NETWORK_EDITORS).first()
    if group is None:
        return
    content_type, _ = ContentType.objects.get_or_create(
        app_label="alerts", model="subscription"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_alert_counts",
        defaults={"name": "Kann die Zahl der Abonnements sehen"},
    )
    group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0001_subscriptions_outbox"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(grant_counts, migrations.RunPython.noop),
    ]
