"""Documents need a release by the network editors before they are public.

Everything uploaded so far was public already, so it counts as released; the
group "Netzwerkredaktion", if there is one, gets the permission to release.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.db.models import F

NETWORK_EDITORS = "Netzwerkredaktion"


def release_existing(apps, schema_editor):
    apps.get_model("portal", "PortalDocument").objects.filter(
        released_at__isnull=True
    ).update(released_at=F("created_at"))


def grant_release(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=NETWORK_EDITORS).first()
    if group is None:
        return
    content_type, _ = ContentType.objects.get_or_create(
        app_label="portal", model="portaldocument"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="release_portaldocument",
        defaults={"name": "Dokumente freigeben"},
    )
    group.permissions.add(permission)


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0005_page_url_path_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='portaldocument',
            options={'permissions': [('release_portaldocument', 'Dokumente freigeben')], 'verbose_name': 'Dokument', 'verbose_name_plural': 'Dokumente'},
        ),
        migrations.AddField(
            model_name='portaldocument',
            name='released_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='Freigegeben am'),
        ),
        migrations.AddField(
            model_name='portaldocument',
            name='released_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='Freigegeben von'),
        ),
        migrations.RunPython(release_existing, migrations.RunPython.noop),
        migrations.RunPython(grant_release, migrations.RunPython.noop),
    ]
