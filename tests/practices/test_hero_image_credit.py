"""A practice's hero image is content: described for screen readers and credited."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import CreditedImageFactory, PracticePageFactory


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def hero(client, practice_tree, image):
    page = PracticePageFactory(
        parent=practice_tree["mannheim"], title="Mit Bild", hero_image=image
    )
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return soup.select_one("figure.practice__hero")


def test_the_hero_image_shows_its_credit_with_the_licence_linked(client, practice_tree):
    figure = hero(client, practice_tree, CreditedImageFactory())
    caption = figure.select_one("figcaption .image-credit")
    assert caption.get_text() == "Foto: Erika Lichtbild · CC BY 4.0"
    assert caption.select_one("a[rel=license]")["href"].startswith(
        "https://creativecommons.org/licenses/by/4.0/"
    )


def test_the_hero_images_description_is_its_alt_text(client, practice_tree):
    figure = hero(client, practice_tree, CreditedImageFactory())
    assert figure.select_one("img")["alt"] == (
        "Kinder und Fachkräfte planen ihr Quartier an einem großen Stadtplan."
    )


def test_a_hero_image_without_description_is_decorative_not_its_file_name(
    client, practice_tree
):
    figure = hero(client, practice_tree, CreditedImageFactory(description=""))
    assert figure.select_one("img")["alt"] == ""
