"""The kernel's 0011-0013 move the images from Wagtail's image model to
`portal.PortalImage`: ids, files, tags, collection, focal point, renditions and
every reference stay; going back returns images uploaded since."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from taggit.models import TaggedItem
from wagtail.models import Collection

from core.models import City, Person, PortalImage
from practices.models import PracticePage
from tests.factories import (
    CityFactory,
    CityPageFactory,
    CreditedImageFactory,
    PersonFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    StandardPageFactory,
)
from tests.migrations import migrate, migrate_to_latest, on_postgresql_only

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    on_postgresql_only,
]

BEFORE = [
    ("portal", "0010_demo_imprint_line_breaks"),
    ("practices", "0006_city_editors_keep_people"),
    ("dossiers", "0004_tag_help_text"),
]
OLD_ID = 7


def block_with_image(image_id):
    value = {"image": image_id, "decorative": False, "alt_text": ""}
    return json.dumps([{"type": "image", "value": {"image": value, "caption": ""}}])


@pytest.fixture
def site(home_page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    index = PracticeIndexPageFactory(parent=home_page)
    city = CityFactory()
    practice = PracticePageFactory(parent=CityPageFactory(parent=index, city=city))
    person = PersonFactory(city=city)
    page = StandardPageFactory(parent=home_page, body=block_with_image(OLD_ID))
    yield {"practice": practice, "city": city, "person": person, "page": page}
    migrate_to_latest()


def old_image(apps):
    """An image as Wagtail's model held it, tagged, with a rendition, in use."""
    folder = Collection.objects.get(depth=1).add_child(name="Redaktion Mannheim")
    image = apps.get_model("wagtailimages", "Image").objects.create(
        id=OLD_ID,
        title="Quartiersrundgang",
        file="original_images/rundgang.png",
        width=1600,
        height=900,
        description="Menschen gehen durch ein Quartier.",
        collection_id=folder.pk,
        focal_point_x=400,
        focal_point_y=300,
        focal_point_width=80,
        focal_point_height=60,
        file_size=1234,
        file_hash="abc",
    )
    tag = apps.get_model("taggit", "Tag").objects.create(name="Quartier", slug="q")
    image_type = apps.get_model("contenttypes", "ContentType").objects.get(
        app_label="wagtailimages", model="image"
    )
    apps.get_model("taggit", "TaggedItem").objects.create(
        tag=tag, content_type=image_type, object_id=image.pk
    )
    apps.get_model("wagtailimages", "Rendition").objects.create(
        image=image,
        filter_spec="fill-100x100",
        file="images/rundgang.fill-100x100.png",
        width=100,
        height=100,
    )
    return image


def test_images_and_their_references_survive_the_move(client, site):
    old = migrate(BEFORE).loader.project_state(BEFORE).apps
    old_image(old)
    old.get_model("practices", "PracticePage").objects.filter(
        pk=site["practice"].pk
    ).update(hero_image_id=OLD_ID)
    old.get_model("portal", "City").objects.update(logo_id=OLD_ID)
    old.get_model("portal", "Person").objects.update(photo_id=OLD_ID)

    migrate_to_latest()

    image = PortalImage.objects.get(pk=OLD_ID)
    assert (image.title, image.file.name, image.collection.name) == (
        "Quartiersrundgang",
        "original_images/rundgang.png",
        "Redaktion Mannheim",
    )
    assert image.get_focal_point().as_tuple() == (360, 270, 440, 330)
    assert image.description == "Menschen gehen durch ein Quartier."
    assert list(image.tags.names()) == ["Quartier"]
    assert image.renditions.get().filter_spec == "fill-100x100"
    assert PracticePage.objects.get(pk=site["practice"].pk).hero_image == image
    assert City.objects.get(pk=site["city"].pk).logo == image
    assert Person.objects.get(pk=site["person"].pk).photo == image
    # The StreamField block stored the id only.
    soup = BeautifulSoup(client.get(site["page"].url).content, "html.parser")
    assert soup.select_one("main figure img")
    # New uploads continue after the copied ids.
    assert CreditedImageFactory().pk > OLD_ID


def test_going_back_keeps_images_uploaded_since(site):
    image = CreditedImageFactory(title="Neu hochgeladen")
    image.tags.add("Neu")
    PracticePage.objects.filter(pk=site["practice"].pk).update(hero_image=image)

    old = migrate(BEFORE).loader.project_state(BEFORE).apps
    returned = old.get_model("wagtailimages", "Image").objects.get(pk=image.pk)
    assert returned.title == "Neu hochgeladen"
    practice = old.get_model("practices", "PracticePage").objects.get(
        pk=site["practice"].pk
    )
    assert practice.hero_image_id == image.pk
    image_type = ContentType.objects.get(app_label="wagtailimages", model="image")
    assert TaggedItem.objects.filter(
        content_type=image_type, object_id=image.pk, tag__name="Neu"
    ).exists()
