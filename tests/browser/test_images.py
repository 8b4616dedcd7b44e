"""A practice page with a credited hero image, on a desktop and a phone."""

import io
import mimetypes

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from playwright.sync_api import expect
from wagtail.images import get_image_model

from core.models import ImageLicence
from practices.models import PracticePage
from tests.browser.conftest import run_axe, screenshot

PRACTICE = "Bildungsmonitoring muss nicht kompliziert sein"
DESCRIPTION = "Hügel und ein Fluss unter hellem Himmel, als Grafik gezeichnet."
CREDIT = "Foto: Erika Lichtbild · CC BY-SA 4.0 · Quelle: Bildungsbüro Augsburg"


def landscape():
    """A calm picture in the portal's colours: sky, two hills and a river."""
    picture = PILImage.new("RGB", (1600, 900), "#dbe8ef")
    draw = ImageDraw.Draw(picture)
    draw.ellipse((-300, 450, 1000, 1400), fill="#7fa88c")
    draw.ellipse((600, 520, 2000, 1500), fill="#5d8a6c")
    draw.polygon([(700, 900), (900, 620), (980, 620), (1000, 900)], fill="#0b5a73")
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return ImageFile(buffer, name="quartier.jpg")


@pytest.fixture
def credited_practice(demo_site, django_db_blocker):
    with django_db_blocker.unblock():
        image = get_image_model()(
            title="IMG_0815",
            description=DESCRIPTION,
            credit="Erika Lichtbild",
            licence=ImageLicence.CC_BY_SA_4,
            source="Bildungsbüro Augsburg",
        )
        image.file = landscape()
        image.save()
        practice = PracticePage.objects.live().get(title=PRACTICE)
        practice.hero_image = image
        practice.save_revision().publish()
    yield practice
    with django_db_blocker.unblock():
        practice = PracticePage.objects.get(pk=practice.pk)
        practice.hero_image = None
        practice.save_revision().publish()
        image.delete()


def serve_media(page):
    """The live server runs without DEBUG, which alone serves /media/ (images)."""

    def fulfil(route):
        path = route.request.url.split(settings.MEDIA_URL, 1)[1].split("?")[0]
        file = settings.MEDIA_ROOT / path
        if not file.is_file():
            return route.fulfill(status=404)
        content_type = mimetypes.guess_type(file.name)[0] or "image/jpeg"
        return route.fulfill(path=file, content_type=content_type)

    page.route(f"**{settings.MEDIA_URL}**", fulfil)


def test_practice_page_with_a_credited_hero_image(page, visit, credited_practice):
    serve_media(page)
    visit(credited_practice.url)
    hero = page.locator("figure.practice__hero")
    expect(hero.locator("img")).to_have_attribute("alt", DESCRIPTION)
    expect(hero.locator("figcaption")).to_have_text(CREDIT)
    expect(hero.get_by_role("link", name="CC BY-SA 4.0")).to_have_attribute(
        "href", "https://creativecommons.org/licenses/by-sa/4.0/deed.de"
    )
    assert hero.locator("img").evaluate("img => img.naturalWidth") > 0
    assert run_axe(page) == []
    screenshot(page, "practice-credited-hero", reload=True)
    assert hero.locator("img").evaluate("img => img.naturalWidth") > 0
    assert run_axe(page) == []
