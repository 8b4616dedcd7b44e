# The demo imprint was written with "<br>", which Wagtail's rich text editor
# cannot read back ("Unmatched tags"): the page's edit view failed. Rich text
# stores line breaks as "<br/>"; rewrite the standard pages and their revisions.

import json

from django.db import migrations


def _fixed(text):
    return text.replace("<br>", "<br/>")


def forwards(apps, schema_editor):
    standard_page = apps.get_model("portal", "StandardPage")
    revision = apps.get_model("wagtailcore", "Revision")
    content_type = apps.get_model("contenttypes", "ContentType")
    for page in standard_page.objects.all():
        raw = json.dumps(list(page.body.raw_data))
        if "<br>" in raw:
            page.body = json.loads(_fixed(raw))
            page.save(update_fields=["body"])
    page_type = content_type.objects.filter(app_label="portal", model="standardpage")
    for row in revision.objects.filter(content_type__in=page_type):
        body = row.content.get("body")
        if isinstance(body, str) and "<br>" in body:
            row.content["body"] = _fixed(body)
            row.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ("portal", "0009_move_reports"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
