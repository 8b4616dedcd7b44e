"""City editors keep their city's people (core/people.py confines them).

New city groups get the rights from ensure_city_editor_group; this gives them
to the groups of existing sites. Where the rights do not exist yet (a fresh
database), there are no groups either.
"""

from django.db import migrations

CITY_EDITOR_PREFIX = "Redaktion "
PERSON_PERMISSIONS = ("add_person", "change_person")


def grant_people(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(
        Permission.objects.filter(
            content_type__app_label="portal",
            content_type__model="person",
            codename__in=PERSON_PERMISSIONS,
        )
    )
    city_groups = Group.objects.filter(
        name__startswith=CITY_EDITOR_PREFIX,
        page_permissions__page__content_type__app_label="practices",
        page_permissions__page__content_type__model="citypage",
    ).distinct()
    for group in city_groups:
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0005_review_reminder"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant_people, migrations.RunPython.noop)]
