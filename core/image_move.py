"""Moving the images from Wagtail's image model to `portal.PortalImage`.

The rows are copied with their ids (so foreign keys, StreamField blocks and
revisions that store an image id stay right), the renditions with them. Rows
that point at an image by content type and id (tags, the reference index,
the admin search index, the images' history) move to the new content type;
the group permissions stay on `wagtailimages.Image`, which Wagtail checks for
every image model. Wagtail's tables keep their rows as an inert copy.

Both directions insert only the rows the target lacks and are safe to repeat:
each migration that points a foreign key at the new model runs `give_back` in
reverse before pointing it back, so the old table holds every image first.
"""

from django.core.management.color import no_style
from django.db import migrations

OLD = ("wagtailimages", "image")
NEW = ("portal", "portalimage")

# (table, content-type columns) of rows naming an image by content type and id.
CONTENT_TYPE_COLUMNS = (
    ("taggit_taggeditem", ("content_type_id",)),
    (
        "wagtailcore_referenceindex",
        ("content_type_id", "base_content_type_id", "to_content_type_id"),
    ),
    ("wagtailsearch_indexentry", ("content_type_id",)),
    ("wagtailcore_modellogentry", ("content_type_id",)),
)


def adopt(apps, schema_editor):
    old = apps.get_model("wagtailimages", "Image")
    new = apps.get_model("portal", "PortalImage")
    _copy_missing(schema_editor, old, new)
    _copy_missing(
        schema_editor,
        apps.get_model("wagtailimages", "Rendition"),
        apps.get_model("portal", "PortalRendition"),
    )
    _move_content_type(apps, schema_editor, OLD, NEW)
    _settle(schema_editor)


def give_back(apps, schema_editor):
    new = apps.get_model("portal", "PortalImage")
    _copy_missing(schema_editor, new, apps.get_model("wagtailimages", "Image"))
    _move_content_type(apps, schema_editor, NEW, OLD)
    _settle(schema_editor)


def point_back_first():
    """For a migration that points foreign keys at the new model: in reverse,
    return the images before the keys point at the old table again."""
    return migrations.RunPython(migrations.RunPython.noop, give_back, elidable=False)


def _copy_missing(schema_editor, source, target):
    """INSERT … SELECT of the rows `target` lacks, by id; columns only `target`
    has get their field's default."""
    connection = schema_editor.connection
    qn = connection.ops.quote_name
    source_columns = {field.column for field in source._meta.concrete_fields}
    shared, extra, params = [], [], []
    for field in target._meta.concrete_fields:
        if field.column in source_columns:
            shared.append(qn(field.column))
        else:
            extra.append(qn(field.column))
            params.append(field.get_default())
    columns = ", ".join(shared + extra)
    values = ", ".join(shared + ["%s"] * len(extra))
    source_table, target_table = qn(source._meta.db_table), qn(target._meta.db_table)
    sql = (
        f"INSERT INTO {target_table} ({columns}) "  # noqa: S608 (names from models)
        f"SELECT {values} FROM {source_table} "
        f"WHERE id NOT IN (SELECT id FROM {target_table})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        # New rows must not collide with the copied ids (PostgreSQL sequences).
        for statement in connection.ops.sequence_reset_sql(no_style(), [target]):
            cursor.execute(statement)


def _move_content_type(apps, schema_editor, source, target):
    content_type = apps.get_model("contenttypes", "ContentType")
    rows = content_type.objects.using(schema_editor.connection.alias)
    source_row = rows.filter(app_label=source[0], model=source[1]).first()
    if source_row is None:
        return  # a fresh database: nothing refers to images yet
    target_row, _ = rows.get_or_create(app_label=target[0], model=target[1])
    connection = schema_editor.connection
    qn = connection.ops.quote_name
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
        for table, columns in CONTENT_TYPE_COLUMNS:
            if table not in tables:
                continue
            for column in columns:
                cursor.execute(
                    f"UPDATE {qn(table)} SET {qn(column)} = %s "  # noqa: S608
                    f"WHERE {qn(column)} = %s",
                    [target_row.pk, source_row.pk],
                )


def _settle(schema_editor):
    # PostgreSQL refuses to alter a table with deferred checks pending.
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
