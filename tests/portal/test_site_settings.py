"""The portal settings: read by every page, written only by editors."""

from django.urls import reverse

from core import cache
from core.models import PortalSettings
from tests.factories import StandardPageFactory


def test_a_visitor_reading_the_defaults_writes_nothing(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    page.save_revision().publish()
    version = cache.content_version()
    response = client.get("/ueber-uns/")
    assert "Gute Praxis kommunaler Bildungsplanung" in response.text  # the default
    assert not PortalSettings.objects.exists()
    # A row created on the first read would have renewed every cached value.
    assert cache.content_version() == version


def test_an_editor_saves_the_first_settings_of_a_site(admin_client, home_page):
    site = home_page.get_site()
    url = reverse("wagtailsettings:edit", args=["portal", "portalsettings", site.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url, {"tagline": "Gemeinsam planen", "publisher": "Transferagentur"}
    )
    assert response.status_code == 302
    assert PortalSettings.objects.get(site=site).tagline == "Gemeinsam planen"
    assert "Gemeinsam planen" in admin_client.get("/").text
