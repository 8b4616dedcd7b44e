"""Moving models out of the kernel into their own apps, keeping every row.

A moved model keeps its table (`db_table`), so a move is two state-only
migrations (the new app creates the model, the kernel forgets it) plus a
rename of its content type, which pages, revisions, permissions and log
entries point to by id.
"""

from django.db import migrations


def state_only(*operations):
    """Operations that change Django's idea of the models, not the database."""
    return migrations.SeparateDatabaseAndState(state_operations=list(operations))


def rename_content_types(old_label, new_label, model_names):
    """A reversible RunPython that moves content types between app labels."""

    def move(source, target):
        def run(apps, schema_editor):
            content_type = apps.get_model("contenttypes", "ContentType")
            rows = content_type.objects.using(schema_editor.connection.alias)
            for name in model_names:
                # A fresh database has neither row yet; post_migrate adds them.
                if not rows.filter(app_label=target, model=name).exists():
                    rows.filter(app_label=source, model=name).update(app_label=target)

        return run

    return migrations.RunPython(
        move(old_label, new_label), move(new_label, old_label), elidable=False
    )
