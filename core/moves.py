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
            alias = schema_editor.connection.alias
            rows = content_type.objects.using(alias)
            for name in model_names:
                # A fresh database has no row yet; post_migrate adds it.
                if not rows.filter(app_label=source, model=name).exists():
                    continue
                early = rows.filter(app_label=target, model=name).first()
                if early is not None:
                    _drop_unused(apps, early, alias)
                rows.filter(app_label=source, model=name).update(app_label=target)

        return run

    return migrations.RunPython(
        move(old_label, new_label), move(new_label, old_label), elidable=False
    )


def _drop_unused(apps, content_type, alias):
    """Delete a content type the new code created before the move.

    `migrate <app>` runs post_migrate, which adds the new label's row and its
    permissions before the kernel's move runs; keeping it would leave every
    page behind on the old row. Anything else pointing to it is real content.
    """
    permission = apps.get_model("auth", "Permission")
    permission.objects.using(alias).filter(content_type=content_type).delete()
    for model in apps.get_models():
        for field in model._meta.local_fields:
            if field.many_to_one and field.related_model is type(content_type):
                used = model._base_manager.using(alias).filter(
                    **{field.name: content_type}
                )
                if used.exists():
                    raise RuntimeError(
                        f"{content_type.app_label}.{content_type.model} is in use "
                        f"by {model._meta.label}: move its rows by hand."
                    )
    content_type.delete(using=alias)
