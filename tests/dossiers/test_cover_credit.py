"""The dossier page shows its cover as content; cards keep it decorative."""

import pytest
from bs4 import BeautifulSoup

from tests.dossiers.factories import DossierIndexPageFactory, DossierPageFactory
from tests.factories import CreditedImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def dossier(home_page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    index = DossierIndexPageFactory(parent=home_page)
    return DossierPageFactory(parent=index, cover_image=CreditedImageFactory())


def test_the_dossier_page_credits_and_describes_its_cover(client, dossier):
    soup = BeautifulSoup(client.get(dossier.url).content, "html.parser")
    aside = soup.select_one(".dossier__aside")
    assert aside.select_one(".dossier-cover img")["alt"] == (
        dossier.cover_image.description
    )
    assert aside.select_one(".image-credit").get_text() == (
        "Foto: Erika Lichtbild · CC BY 4.0"
    )


def test_the_dossier_list_shows_covers_as_decoration(client, dossier):
    soup = BeautifulSoup(client.get(dossier.get_parent().url).content, "html.parser")
    assert soup.select_one(".dossier-cover img")["alt"] == ""
    assert not soup.select(".image-credit")
