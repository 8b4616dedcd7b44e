"""MemberAreaPage and MeetingMaterialPage, moved from the kernel (app label "portal").

State only: the tables keep their names (`db_table`) and every row. The kernel's
0007_move_members_and_formpages forgets them and moves their content types.
"""

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
                name='MeetingMaterialPage',
                fields=[
                    ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                    ('date', models.DateField(blank=True, null=True, verbose_name='Datum des Treffens')),
                    ('place', models.CharField(blank=True, max_length=120, verbose_name='Ort')),
                    ('intro', models.TextField(blank=True, verbose_name='Einleitung')),
                    ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('quote', 7), ('image', 10), ('links', 17), ('downloads', 21), ('contact', 25)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Überschrift', 'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Zwischenüberschrift'), ('h3', 'Unterüberschrift')], 'label': 'Ebene'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('core.blocks.ParagraphBlock', (), {}), 4: ('wagtail.blocks.TextBlock', (), {'label': 'Zitat', 'max_length': 800}), 5: ('wagtail.snippets.blocks.SnippetChooserBlock', ('portal.Person',), {'help_text': 'Name, Funktion und Kommune kommen aus dem Personeneintrag.', 'label': 'Person', 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'help_text': 'Nur wenn keine Person gewählt ist.', 'label': 'Freie Quellenangabe', 'max_length': 200, 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('text', 4), ('person', 5), ('attribution', 6)]], {}), 8: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Bild'}), 9: ('wagtail.blocks.CharBlock', (), {'label': 'Bildunterschrift', 'max_length': 250, 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('image', 8), ('caption', 9)]], {}), 11: ('wagtail.blocks.CharBlock', (), {'default': 'Weiterführende Informationen', 'label': 'Überschrift', 'max_length': 120}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Linktext', 'max_length': 160, 'required': False}), 13: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Seite im Portal', 'required': False}), 14: ('wagtail.blocks.URLBlock', (), {'label': 'Externe Adresse', 'required': False}), 15: ('wagtail.blocks.StructBlock', [[('title', 12), ('page', 13), ('url', 14)]], {}), 16: ('wagtail.blocks.ListBlock', (15,), {'label': 'Links', 'min_num': 1}), 17: ('wagtail.blocks.StructBlock', [[('heading', 11), ('links', 16)]], {}), 18: ('wagtail.blocks.CharBlock', (), {'default': 'Downloads', 'label': 'Überschrift', 'max_length': 120}), 19: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Dokument'}), 20: ('wagtail.blocks.ListBlock', (19,), {'label': 'Dokumente', 'min_num': 1}), 21: ('wagtail.blocks.StructBlock', [[('heading', 18), ('documents', 20)]], {}), 22: ('wagtail.blocks.CharBlock', (), {'default': 'Ansprechperson', 'label': 'Überschrift', 'max_length': 120}), 23: ('wagtail.snippets.blocks.SnippetChooserBlock', ('portal.Person',), {'label': 'Person'}), 24: ('wagtail.blocks.TextBlock', (), {'help_text': 'z. B. wofür die Person ansprechbar ist.', 'label': 'Text', 'max_length': 1500, 'required': False}), 25: ('wagtail.blocks.StructBlock', [[('heading', 22), ('person', 23), ('text', 24)]], {})}, verbose_name='Inhalt')),
                ],
                options={
                    'verbose_name': 'Material eines Netzwerktreffens',
                    'verbose_name_plural': 'Material der Netzwerktreffen',
                    'db_table': 'portal_meetingmaterialpage',
                },
                bases=('wagtailcore.page',),
            ),
            migrations.CreateModel(
                name='MemberAreaPage',
                fields=[
                    ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                    ('intro', wagtail.fields.RichTextField(blank=True, verbose_name='Einleitung')),
                ],
                options={
                    'verbose_name': 'Interner Bereich',
                    'db_table': 'portal_memberareapage',
                },
                bases=('wagtailcore.page',),
            ),
        ),
    ]
