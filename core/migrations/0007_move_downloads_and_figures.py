# The library page now lives in its own app; the kernel forgets it (state only:
# the table stays) and hands over its content type, which pages, revisions,
# permissions and log entries point to.

from django.db import migrations

from core.moves import rename_content_types, state_only


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0006_document_release'),
        ('downloads', '0001_initial'),
    ]

    operations = [
        state_only(
            migrations.DeleteModel(name='DownloadIndexPage'),
        ),
        rename_content_types('portal', 'downloads', ['downloadindexpage']),
    ]
