from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils import WagtailPageTestCase

from contacts import demo
from contacts.models import ContactPage
from core.models import HomePage, PortalSettings


@pytest.fixture
def contact_page(contact_site):
    demo.load(SimpleNamespace(report=lambda message: None))
    return ContactPage.objects.get()


def test_demo_builds_the_contact_page_at_kontakt(contact_page):
    assert contact_page.url == "/kontakt/"
    assert contact_page.live


def test_demo_leaves_an_existing_contact_page_alone(contact_page):
    contact_page.title = "Schreiben Sie uns"
    contact_page.save()

    demo.load(SimpleNamespace(report=lambda message: None))

    assert ContactPage.objects.get().title == "Schreiben Sie uns"


def test_footer_links_the_contact_page(client, contact_page):
    page = BeautifulSoup(client.get("/").content, "html.parser")

    link = page.select_one("footer a[href='/kontakt/']")
    assert link.get_text(strip=True) == "Kontaktformular"


def test_footer_forgets_an_unpublished_contact_page(client, contact_page):
    contact_page.unpublish()

    page = BeautifulSoup(client.get("/").content, "html.parser")

    assert page.select_one("footer a[href='/kontakt/']") is None


def test_contact_page_shows_address_and_the_general_form(client, contact_page):
    response = client.get("/kontakt/")

    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "Kontakt"
    assert "10115 Berlin" in page.select_one("address").get_text()
    form = page.select_one("form.contact-form")
    assert form["action"] == "/kontakt/nachricht/"
    assert form.select_one("input[name=csrfmiddlewaretoken]")


def test_contact_page_with_its_form_is_never_cached(client, contact_page, settings):
    settings.PAGE_CACHE_TIMEOUT = 600
    client.get("/kontakt/")

    response = client.get("/kontakt/")

    assert response.get("X-Portal-Cache") != "hit"


def test_without_a_contact_address_there_is_no_general_form(client, contact_page):
    portal = PortalSettings.for_site(contact_page.get_site())
    portal.contact_email = ""
    portal.save()

    page = BeautifulSoup(client.get("/kontakt/").content, "html.parser")

    assert page.select_one("form.contact-form") is None
    assert client.get("/kontakt/nachricht/").status_code == 404


def test_general_form_names_the_office(client, contact_page):
    page = BeautifulSoup(client.get("/kontakt/nachricht/").content, "html.parser")

    assert page.h1.get_text() == "Nachricht an die Geschäftsstelle"


class TestPageTree(WagtailPageTestCase):
    def test_contact_page_lives_below_the_home_page_only(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedSubpageTypes(ContactPage, set())

    def test_there_is_one_contact_page_at_most(self):
        self.assertEqual(ContactPage.max_count, 1)
