# "Das Netzwerk in Zahlen" moves from the kernel (app label "portal") and keeps
# its table: the state only, see core/moves.py.

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

from core.moves import state_only


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('portal', '0006_document_release'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        state_only(
            migrations.CreateModel(
                name='NetworkFiguresPage',
                fields=[
                    ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                    ('intro', wagtail.fields.RichTextField(blank=True, help_text='Steht über den Zahlen; die Zahlen selbst zählt das Portal.', verbose_name='Einleitung')),
                ],
                options={
                    'verbose_name': 'Netzwerk in Zahlen',
                    'verbose_name_plural': 'Netzwerk in Zahlen',
                    'db_table': 'portal_networkfigurespage',
                },
                bases=('wagtailcore.page',),
            ),
        ),
    ]
