"""The request's Wagtail site is held per process and global content version."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from tests.factories import HomePageFactory, StandardPageFactory


def site_queries(client, path="/", **headers):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path, **headers).status_code == 200
    return [q["sql"] for q in queries if '"wagtailcore_site"' in q["sql"]]


def test_the_site_is_looked_up_once_per_version(client, home_page):
    site_queries(client)
    assert site_queries(client) == []


def test_a_published_home_page_shows_at_once(client, home_page):
    client.get("/")
    home_page.hero_heading = "Neu im Netzwerk"
    home_page.save_revision().publish()
    assert "Neu im Netzwerk" in client.get("/").content.decode()


def test_a_new_site_for_another_host_serves_its_own_root(client, home_page, settings):
    settings.ALLOWED_HOSTS = ["testserver", "leicht.example"]
    client.get("/")
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="leicht")
    StandardPageFactory(parent=other_home, title="Nur hier", slug="nur-hier")
    Site.objects.create(hostname="leicht.example", port=80, root_page=other_home)
    response = client.get("/nur-hier/", headers={"host": "leicht.example"})
    assert response.status_code == 200
    assert "Nur hier" in response.content.decode()
    assert client.get("/nur-hier/").status_code == 404


def test_a_changed_root_page_is_followed(client, home_page):
    client.get("/")
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="neu")
    StandardPageFactory(parent=other_home, title="Umgezogen", slug="umgezogen")
    site = Site.objects.get(is_default_site=True)
    site.root_page = other_home
    site.save()
    assert client.get("/umgezogen/").status_code == 200


def root_page_queries(client, path="/"):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return [q["sql"] for q in queries if 'FROM "portal_homepage"' in q["sql"]]


def test_the_root_page_is_read_once_until_it_changes(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="impressum")
    root_page_queries(client, page.url)
    assert root_page_queries(client, page.url) == []


def test_a_new_page_below_the_root_is_routed_at_once(client, home_page):
    client.get("/")
    StandardPageFactory(parent=home_page, title="Ganz neu", slug="ganz-neu")
    assert "Ganz neu" in client.get("/ganz-neu/").content.decode()
