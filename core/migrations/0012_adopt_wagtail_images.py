"""Copies every image and rendition into the portal's image model, keeping ids;
tags, references, search entries and history follow (core/image_move.py)."""

from django.db import migrations

from core.image_move import adopt, give_back


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0011_portalimage'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [migrations.RunPython(adopt, give_back, elidable=False)]
