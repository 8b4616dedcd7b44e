import pytest

from core.models import PortalSettings
from tests.accessibility.factories import StatementPageFactory, make_test_video
from tests.factories import StandardPageFactory

CONTACT_ADDRESS = "barrierefrei@netzwerk.example"


@pytest.fixture(scope="session")
def test_video(tmp_path_factory):
    """An MP4 made once per test run by Debian's ffmpeg (`apt-get install ffmpeg`)."""
    return make_test_video(tmp_path_factory.mktemp("video"))


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def statement(home_page):
    """The statement page, set in the site settings, with a contact address."""
    page = StatementPageFactory(parent=home_page)
    portal = PortalSettings.for_site(home_page.get_site())
    portal.contact_email = CONTACT_ADDRESS
    portal.accessibility_page = page
    portal.privacy_page = StandardPageFactory(
        parent=home_page, title="Datenschutz", slug="datenschutz"
    )
    portal.save()
    return page


def report_post(**changes):
    data = {
        "page_reference": "/praxis/",
        "description": "Die Filter lassen sich mit der Tastatur nicht öffnen.",
        "contact_name": "Bea Barriere",
        "contact_email": "bea@example.org",
        "website_url": "",
    }
    data.update(changes)
    return data


@pytest.fixture
def send_report(client, django_capture_on_commit_callbacks):
    """POST the form and run what waits for the commit (the mail task)."""

    def send(**changes):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/barriere-melden/", report_post(**changes))

    return send
