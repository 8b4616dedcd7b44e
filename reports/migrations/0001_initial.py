# The network reports move from the kernel (app label "portal") and keep their
# tables: the state only, see core/moves.py.

import core.models.tags
import django.db.models.deletion
import django.utils.timezone
import modelcluster.contrib.taggit
import modelcluster.fields
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

from core.moves import state_only


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('portal', '0008_merge_moves'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        state_only(
            migrations.CreateModel(
                name='ArticleIndexPage',
                fields=[
                    ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                    ('intro', wagtail.fields.RichTextField(blank=True, help_text='Steht über der Liste der Beiträge.', verbose_name='Einleitung')),
                ],
                options={
                    'verbose_name': 'Beitragsübersicht',
                    'db_table': 'portal_articleindexpage',
                },
                bases=('wagtailcore.page',),
            ),
            migrations.CreateModel(
                name='ArticleKind',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('name', models.CharField(max_length=80, unique=True, verbose_name='Name')),
                    ('slug', models.SlugField(help_text='Klein geschrieben, ohne Umlaute, z. B. „fachtag“.', max_length=80, unique=True, verbose_name='Kürzel für Adressen')),
                    ('is_event', models.BooleanField(default=False, help_text='Ankreuzen für Treffen und Fachtage: Suchmaschinen erfahren dann Datum und Ort der Veranstaltung.', verbose_name='Bericht von einer Veranstaltung')),
                ],
                options={
                    'verbose_name': 'Beitragsart',
                    'verbose_name_plural': 'Beitragsarten',
                    'db_table': 'portal_articlekind',
                    'ordering': ['name'],
                },
            ),
            migrations.CreateModel(
                name='ArticlePage',
                fields=[
                    ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                    ('date', models.DateField(default=django.utils.timezone.localdate, help_text='Tag der Veranstaltung oder des Gesprächs.', verbose_name='Datum')),
                    ('place', models.CharField(blank=True, help_text='z. B. „Augsburg“ oder „online“.', max_length=120, verbose_name='Ort')),
                    ('teaser', models.TextField(help_text='Ein bis zwei Sätze für Listen und Suchtreffer (höchstens 300).', max_length=300, verbose_name='Kurzbeschreibung')),
                    ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('quote', 7), ('image', 10), ('links', 17), ('principles', 23), ('expert', 27), ('practice_teaser', 29), ('survey', 37), ('downloads', 41), ('contact', 45)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Überschrift', 'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Zwischenüberschrift'), ('h3', 'Unterüberschrift')], 'label': 'Ebene'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('core.blocks.ParagraphBlock', (), {}), 4: ('wagtail.blocks.TextBlock', (), {'label': 'Zitat', 'max_length': 800}), 5: ('wagtail.snippets.blocks.SnippetChooserBlock', ('portal.Person',), {'help_text': 'Name, Funktion und Kommune kommen aus dem Personeneintrag.', 'label': 'Person', 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'help_text': 'Nur wenn keine Person gewählt ist.', 'label': 'Freie Quellenangabe', 'max_length': 200, 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('text', 4), ('person', 5), ('attribution', 6)]], {}), 8: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Bild'}), 9: ('wagtail.blocks.CharBlock', (), {'label': 'Bildunterschrift', 'max_length': 250, 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('image', 8), ('caption', 9)]], {}), 11: ('wagtail.blocks.CharBlock', (), {'default': 'Weiterführende Informationen', 'label': 'Überschrift', 'max_length': 120}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Linktext', 'max_length': 160, 'required': False}), 13: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Seite im Portal', 'required': False}), 14: ('wagtail.blocks.URLBlock', (), {'label': 'Externe Adresse', 'required': False}), 15: ('wagtail.blocks.StructBlock', [[('title', 12), ('page', 13), ('url', 14)]], {}), 16: ('wagtail.blocks.ListBlock', (15,), {'label': 'Links', 'min_num': 1}), 17: ('wagtail.blocks.StructBlock', [[('heading', 11), ('links', 16)]], {}), 18: ('wagtail.blocks.CharBlock', (), {'label': 'Grundsatz', 'max_length': 120}), 19: ('wagtail.blocks.CharBlock', (), {'help_text': 'Ohne Anführungszeichen; sie werden ergänzt.', 'label': 'Leitsatz', 'max_length': 160, 'required': False}), 20: ('wagtail.blocks.TextBlock', (), {'label': 'Erläuterung', 'max_length': 1200}), 21: ('wagtail.blocks.StructBlock', [[('title', 18), ('claim', 19), ('text', 20)]], {}), 22: ('wagtail.blocks.ListBlock', (21,), {'label': 'Grundsätze', 'min_num': 1}), 23: ('wagtail.blocks.StructBlock', [[('heading', 0), ('principles', 22)]], {}), 24: ('wagtail.blocks.CharBlock', (), {'help_text': 'z. B. „Blick in die Wissenschaft mit Prof. Dr. …“', 'label': 'Überschrift', 'max_length': 160}), 25: ('wagtail.snippets.blocks.SnippetChooserBlock', ('portal.Person',), {'help_text': 'Foto, Funktion und Kurzbiografie kommen aus dem Personeneintrag.', 'label': 'Person'}), 26: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link'], 'label': 'Ergänzender Text', 'required': False}), 27: ('wagtail.blocks.StructBlock', [[('heading', 24), ('person', 25), ('text', 26)]], {}), 28: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Praxisprofil', 'page_type': ['practices.PracticePage']}), 29: ('wagtail.blocks.StructBlock', [[('page', 28)]], {}), 30: ('wagtail.blocks.CharBlock', (), {'label': 'Frage', 'max_length': 240}), 31: ('wagtail.blocks.CharBlock', (), {'label': 'Antwort', 'max_length': 120}), 32: ('wagtail.blocks.IntegerBlock', (), {'label': 'Anzahl', 'max_value': 1000000, 'min_value': 0}), 33: ('wagtail.blocks.StructBlock', [[('label', 31), ('count', 32)]], {}), 34: ('wagtail.blocks.ListBlock', (33,), {'label': 'Antworten', 'min_num': 2}), 35: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Ankreuzen, wenn die Zahlen nur veranschaulichen; die Grafik wird dann deutlich als Beispiel gekennzeichnet.', 'label': 'Beispieldaten', 'required': False}), 36: ('wagtail.blocks.CharBlock', (), {'help_text': 'z. B. „Mentimeter-Abfrage beim Netzwerktreffen“.', 'label': 'Quelle oder Hinweis', 'max_length': 300, 'required': False}), 37: ('wagtail.blocks.StructBlock', [[('question', 30), ('answers', 34), ('example_data', 35), ('note', 36)]], {}), 38: ('wagtail.blocks.CharBlock', (), {'default': 'Downloads', 'label': 'Überschrift', 'max_length': 120}), 39: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Dokument'}), 40: ('wagtail.blocks.ListBlock', (39,), {'label': 'Dokumente', 'min_num': 1}), 41: ('wagtail.blocks.StructBlock', [[('heading', 38), ('documents', 40)]], {}), 42: ('wagtail.blocks.CharBlock', (), {'default': 'Ansprechperson', 'label': 'Überschrift', 'max_length': 120}), 43: ('wagtail.snippets.blocks.SnippetChooserBlock', ('portal.Person',), {'label': 'Person'}), 44: ('wagtail.blocks.TextBlock', (), {'help_text': 'z. B. wofür die Person ansprechbar ist.', 'label': 'Text', 'max_length': 1500, 'required': False}), 45: ('wagtail.blocks.StructBlock', [[('heading', 42), ('person', 43), ('text', 44)]], {})}, verbose_name='Inhalt')),
                    ('kind', models.ForeignKey(help_text='Neue Arten legen Sie unter „Netzwerk › Beitragsarten“ an.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='articles', to='reports.articlekind', verbose_name='Art')),
                ],
                options={
                    'verbose_name': 'Beitrag',
                    'verbose_name_plural': 'Beiträge',
                    'db_table': 'portal_articlepage',
                },
                bases=(core.models.tags.TopicsMixin, 'wagtailcore.page'),
            ),
            migrations.CreateModel(
                name='TaggedArticle',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('content_object', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='tagged_items', to='reports.articlepage')),
                    ('tag', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='articles', to='portal.tag')),
                ],
                options={
                    'db_table': 'portal_taggedarticle',
                },
            ),
            migrations.AddField(
                model_name='articlepage',
                name='tags',
                field=modelcluster.contrib.taggit.ClusterTaggableManager(blank=True, help_text='Ansätze und Themen, z. B. „datenbasiert“; mit Komma trennen.', through='reports.TaggedArticle', to='portal.Tag', verbose_name='Schlagwörter'),
            ),
        ),
    ]
