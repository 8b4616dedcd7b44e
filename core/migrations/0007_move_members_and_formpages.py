"""The member area's and the public forms' models now live in their own apps.

State only: the tables stay (`db_table`). The content types move to the new
app labels, so pages, revisions, permissions, form submissions and log entries
keep pointing at the right type.
"""

from django.db import migrations

from core.moves import rename_content_types, state_only


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0006_document_release'),
        ('members', '0001_initial'),
        ('formpages', '0001_initial'),
    ]

    operations = [
        state_only(
            migrations.DeleteModel(name='FormPageField'),
            migrations.DeleteModel(name='FormPage'),
            migrations.DeleteModel(name='MeetingMaterialPage'),
            migrations.DeleteModel(name='MemberAreaPage'),
        ),
        rename_content_types(
            'portal', 'members', ['memberareapage', 'meetingmaterialpage']
        ),
        rename_content_types('portal', 'formpages', ['formpage', 'formpagefield']),
    ]
