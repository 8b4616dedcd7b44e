"""Images are rendered once; later requests reuse the stored renditions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Rendition
from wagtail_factories import ImageFactory

from tests.factories import PracticePageFactory


@pytest.fixture
def practice_with_image(practice_tree, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return PracticePageFactory(
        parent=practice_tree["mannheim"], title="Mit Bild", hero_image=ImageFactory()
    )


def test_renditions_are_created_on_the_first_request_only(client, practice_with_image):
    client.get(practice_with_image.url)
    created = Rendition.objects.count()
    client.get(practice_with_image.url)
    assert created > 0
    assert Rendition.objects.count() == created


def test_later_requests_write_nothing(client, practice_with_image):
    client.get(practice_with_image.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(practice_with_image.url)
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in ("INSERT", "UPDATE")]
    assert writes == []
