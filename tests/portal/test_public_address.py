"""One setting, PORTAL_BASE_URL, gives every absolute link its address: not the
Host header of a request, not a site record left at "localhost"."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Site

from core.links import absolute, site_address, sync_default_site
from tests.open_content import feed_entries

pytestmark = pytest.mark.django_db


@pytest.fixture
def served_at(settings):
    settings.PORTAL_BASE_URL = "http://127.0.0.1:8123"
    return settings.PORTAL_BASE_URL


def test_paths_become_absolute_and_absolute_urls_stay(served_at):
    assert absolute("/praxis/") == "http://127.0.0.1:8123/praxis/"
    assert absolute("https://example.org/x") == "https://example.org/x"


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("https://praxisportal.example.org", ("praxisportal.example.org", 443)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://localhost", ("localhost", 80)),
    ],
)
def test_the_site_record_takes_host_and_port(settings, url, address):
    settings.PORTAL_BASE_URL = url
    assert site_address() == address


def test_migrate_gives_the_default_site_the_public_address(home_page, served_at):
    sync_default_site()
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://127.0.0.1:8123"


def test_demo_citation_names_the_address_the_portal_runs_at(
    client, served_at, monkeypatch
):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-passwort-fuer-tests")
    call_command("load_demo_content", stdout=io.StringIO())
    response = client.get("/praxis/mannheim/integriertes-sozialmanagement/")
    citation = BeautifulSoup(response.content, "html.parser").select_one(".citation")
    assert (
        "http://127.0.0.1:8123/praxis/mannheim/integriertes-sozialmanagement/"
        in citation.get_text()
    )


def test_feed_links_ignore_the_requests_host(client, open_content):
    response = client.get("/feeds/berichte.atom", HTTP_HOST="127.0.0.1")
    links = [link for _title, link in feed_entries(response)]
    assert links
    assert all(link.startswith("http://testserver/") for link in links)
    assert b'href="http://127.0.0.1' not in response.content


def test_robots_txt_names_the_public_sitemap(client, home_page, served_at):
    response = client.get("/robots.txt", HTTP_HOST="localhost")
    assert "Sitemap: http://127.0.0.1:8123/sitemap.xml" in response.text
