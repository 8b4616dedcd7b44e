"""City logos and person photos point at the portal's image model (same ids)."""

import django.db.models.deletion
from django.db import migrations, models

from core.image_move import point_back_first


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0012_adopt_wagtail_images'),
    ]

    operations = [
        migrations.AlterField(
            model_name='city',
            name='logo',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='portal.portalimage', verbose_name='Logo oder Wappen'),
        ),
        migrations.AlterField(
            model_name='person',
            name='photo',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='portal.portalimage', verbose_name='Foto'),
        ),
        point_back_first(),
    ]
