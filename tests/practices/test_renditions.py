"""Images are rendered once; later requests reuse the stored renditions."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail_factories import ImageFactory

from tests.factories import PracticePageFactory

Rendition = get_image_model().get_rendition_model()


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


def test_hero_image_stands_beside_the_title(client, practice_with_image):
    soup = BeautifulSoup(client.get(practice_with_image.url).content, "html.parser")
    intro = soup.select_one(".practice__intro--with-image")
    assert intro.select_one("h1").get_text() == "Mit Bild"
    assert intro.select_one("figure.practice__hero img")


def test_without_a_hero_image_the_title_has_the_row_alone(client, practice_tree):
    page = PracticePageFactory(parent=practice_tree["mannheim"], title="Ohne Bild")
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert soup.select_one(".practice__intro h1").get_text() == "Ohne Bild"
    assert not soup.select_one(".practice__intro--with-image, .practice__hero")
