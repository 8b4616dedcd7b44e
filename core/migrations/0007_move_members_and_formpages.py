"""The member area's models now live in their own app.

State only: the tables stay (`db_table`). The content types move to the new
app label, so pages, revisions, permissions and log entries keep pointing at
the right type.
"""

from django.db import migrations

from core.moves import rename_content_types, state_only


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0006_document_release'),
        ('members', '0001_initial'),
    ]

    operations = [
        state_only(
            migrations.DeleteModel(name='MeetingMaterialPage'),
            migrations.DeleteModel(name='MemberAreaPage'),
        ),
        rename_content_types(
            'portal', 'members', ['memberareapage', 'meetingmaterialpage']
        ),
    ]
