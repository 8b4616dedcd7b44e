"""FormPage and FormPageField, moved from the kernel (app label "portal").

State only: the tables keep their names (`db_table`) and every row. The kernel's
0007_move_members_and_formpages forgets them and moves their content types.
"""

import django.db.models.deletion
import modelcluster.fields
import wagtail.contrib.forms.models
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
                name='FormPage',
                fields=[
                    ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                    ('to_address', models.CharField(blank=True, help_text='Optional - form submissions will be emailed to these addresses. Separate multiple addresses by comma.', max_length=255, validators=[wagtail.contrib.forms.models.validate_to_address], verbose_name='to address')),
                    ('from_address', models.EmailField(blank=True, max_length=255, verbose_name='from address')),
                    ('subject', models.CharField(blank=True, max_length=255, verbose_name='subject')),
                    ('intro', wagtail.fields.RichTextField(blank=True, verbose_name='Einleitung')),
                    ('thank_you_text', wagtail.fields.RichTextField(default='<p>Vielen Dank! Wir melden uns bei Ihnen.</p>', verbose_name='Text nach dem Absenden')),
                ],
                options={
                    'verbose_name': 'Formularseite',
                    'verbose_name_plural': 'Formularseiten',
                    'db_table': 'portal_formpage',
                },
                bases=(wagtail.contrib.forms.models.FormMixin, 'wagtailcore.page', models.Model),
            ),
            migrations.CreateModel(
                name='FormPageField',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                    ('clean_name', models.CharField(blank=True, default='', help_text='Safe name of the form field, the label converted to ascii_snake_case', max_length=255, verbose_name='name')),
                    ('label', models.CharField(help_text='The label of the form field', max_length=255, verbose_name='label')),
                    ('field_type', models.CharField(choices=[('singleline', 'Single line text'), ('multiline', 'Multi-line text'), ('email', 'Email'), ('number', 'Number'), ('url', 'URL'), ('checkbox', 'Checkbox'), ('checkboxes', 'Checkboxes'), ('dropdown', 'Drop down'), ('multiselect', 'Multiple select'), ('radio', 'Radio buttons'), ('date', 'Date'), ('datetime', 'Date/time'), ('hidden', 'Hidden field')], max_length=16, verbose_name='field type')),
                    ('required', models.BooleanField(default=True, verbose_name='required')),
                    ('choices', models.TextField(blank=True, help_text='Comma or new line separated list of choices. Only applicable in checkboxes, radio and dropdown.', verbose_name='choices')),
                    ('default_value', models.TextField(blank=True, help_text='Default value. Comma or new line separated values supported for checkboxes.', verbose_name='default value')),
                    ('help_text', models.CharField(blank=True, max_length=255, verbose_name='help text')),
                    ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='form_fields', to='formpages.formpage')),
                ],
                options={
                    'db_table': 'portal_formpagefield',
                    'ordering': ['sort_order'],
                    'abstract': False,
                },
            ),
        ),
    ]
