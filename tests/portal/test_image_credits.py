"""Images shown as content carry their credit line and their description as alt."""

import json

import pytest
from bs4 import BeautifulSoup

from core.models import ImageLicence
from tests.factories import CreditedImageFactory, PersonFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def image_block(image, caption="", alt_text="", decorative=False):
    value = {"image": image.pk, "decorative": decorative, "alt_text": alt_text}
    return {"type": "image", "value": {"image": value, "caption": caption}}


def page_with(client, home_page, *blocks):
    page = StandardPageFactory(parent=home_page, body=json.dumps(blocks))
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return soup.select_one("main")


def test_an_image_block_shows_caption_credit_and_linked_licence(client, home_page):
    image = CreditedImageFactory()
    main = page_with(client, home_page, image_block(image, caption="Planungswerkstatt"))
    caption = main.select_one("figure figcaption")
    assert caption.get_text(" ", strip=True) == (
        "Planungswerkstatt Foto: Erika Lichtbild · CC BY 4.0"
    )
    licence = caption.select_one("a[rel=license]")
    assert licence["href"] == "https://creativecommons.org/licenses/by/4.0/deed.de"
    assert licence.get_text() == "CC BY 4.0"


def test_a_reserved_licence_is_named_without_a_link(client, home_page):
    image = CreditedImageFactory(licence=ImageLicence.ALL_RIGHTS_RESERVED)
    main = page_with(client, home_page, image_block(image))
    credit = main.select_one("figure .image-credit")
    assert credit.get_text() == "Foto: Erika Lichtbild · Alle Rechte vorbehalten"
    assert not credit.select("a")


def test_the_source_follows_with_its_link(client, home_page):
    image = CreditedImageFactory(
        source="Pressestelle der Stadt Augsburg",
        source_url="https://example.org/presse",
    )
    main = page_with(client, home_page, image_block(image))
    credit = main.select_one("figure .image-credit")
    assert credit.get_text().endswith(" · Quelle: Pressestelle der Stadt Augsburg")
    assert credit.select("a")[-1]["href"] == "https://example.org/presse"


def test_an_image_without_credit_gets_no_caption(client, home_page):
    image = CreditedImageFactory(credit="", licence="")
    main = page_with(client, home_page, image_block(image))
    assert main.select_one("figure img")
    assert not main.select("figcaption, .image-credit")


def test_the_description_is_the_alt_text_of_a_block_without_its_own(client, home_page):
    image = CreditedImageFactory()
    main = page_with(client, home_page, image_block(image))
    assert main.select_one("figure img")["alt"] == image.description


def test_the_blocks_own_alt_text_wins(client, home_page):
    image = CreditedImageFactory()
    main = page_with(client, home_page, image_block(image, alt_text="Ein Stadtplan"))
    assert main.select_one("figure img")["alt"] == "Ein Stadtplan"


def test_a_decorative_block_image_has_an_empty_alt(client, home_page):
    image = CreditedImageFactory()
    main = page_with(client, home_page, image_block(image, decorative=True))
    assert main.select_one("figure img")["alt"] == ""


def test_the_image_form_asks_for_credit_licence_and_source(admin_client):
    image = CreditedImageFactory()
    soup = BeautifulSoup(
        admin_client.get(f"/admin/images/{image.pk}/").content, "html.parser"
    )
    labels = {label.get_text(" ", strip=True) for label in soup.select("label")}
    for expected in (
        "Bildbeschreibung (Alternativtext)",
        "Urheber/Fotograf",
        "Lizenz",
        "Quelle",
        "Link zur Quelle",
    ):
        assert any(label.startswith(expected) for label in labels), expected


def test_editors_save_credit_and_licence_on_the_image(admin_client):
    image = CreditedImageFactory(credit="", licence="")
    response = admin_client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": image.title,
            "description": "Ein Stadtplan voller Klebezettel.",
            "collection": image.collection_id,
            "credit": "Max Knipser",
            "licence": ImageLicence.CC_BY_SA_4,
            "source": "",
            "source_url": "",
        },
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.credit, image.licence, image.description) == (
        "Max Knipser",
        "cc-by-sa-4.0",
        "Ein Stadtplan voller Klebezettel.",
    )


def test_a_source_link_without_scheme_is_saved_as_https(admin_client):
    image = CreditedImageFactory(source_url="")
    response = admin_client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": image.title,
            "collection": image.collection_id,
            "credit": image.credit,
            "licence": image.licence,
            "source": "Pressestelle",
            "source_url": "www.augsburg.de/presse",
        },
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.source_url == "https://www.augsburg.de/presse"


def test_the_images_api_names_credit_and_licence(client):
    image = CreditedImageFactory()
    data = client.get(
        f"/api/v2/images/{image.pk}/?fields=credit,licence,licence_url"
    ).json()
    assert (data["credit"], data["licence"], data["licence_url"]) == (
        "Erika Lichtbild",
        "cc-by-4.0",
        "https://creativecommons.org/licenses/by/4.0/deed.de",
    )


def test_a_person_photo_beside_the_name_stays_decorative(client, home_page):
    person = PersonFactory(photo=CreditedImageFactory())
    main = page_with(
        client,
        home_page,
        {"type": "quote", "value": {"text": "Gemeinsam planen.", "person": person.pk}},
    )
    assert main.select_one(".quote__photo")["alt"] == ""
