# The library page and "Das Netzwerk in Zahlen" now live in their own apps; the
# kernel forgets them (state only: the tables stay) and hands over their content
# types, which pages, revisions, permissions and log entries point to.

from django.db import migrations

from core.moves import rename_content_types, state_only


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0006_document_release'),
        ('downloads', '0001_initial'),
        ('figures', '0001_initial'),
    ]

    operations = [
        state_only(
            migrations.DeleteModel(name='DownloadIndexPage'),
            migrations.DeleteModel(name='NetworkFiguresPage'),
        ),
        rename_content_types('portal', 'downloads', ['downloadindexpage']),
        rename_content_types('portal', 'figures', ['networkfigurespage']),
    ]
