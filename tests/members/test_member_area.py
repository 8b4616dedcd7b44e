import importlib

import pytest
from bs4 import BeautifulSoup
from django.urls import Resolver404, clear_url_caches, resolve
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from members.access import MEMBERS_COLLECTION, ensure_member_area
from tests.factories import StandardPageFactory


def login(client, username="mitglied"):
    client.post("/anmelden/", {"username": username, "password": "geheim-12345"})


def test_anonymous_visitor_is_sent_to_the_portal_login(client, member_area):
    response = client.get("/intern/")
    assert response.status_code == 302
    assert response["Location"] == "/anmelden/?next=/intern/"


def test_member_logs_in_and_lands_in_the_member_area(client, member, member_area):
    response = client.post(
        "/anmelden/",
        {"username": "mitglied", "password": "geheim-12345"},
        follow=True,
    )
    assert response.request["PATH_INFO"] == "/intern/"
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Interner Bereich"
    assert [a.get_text() for a in soup.select(".card__title a")] == ["Treffen im Mai"]


def test_member_reads_meeting_material_and_its_private_document(
    client, member, member_area
):
    login(client)
    response = client.get(member_area["meeting"].url)
    soup = BeautifulSoup(response.content, "html.parser")
    link = soup.select_one(".download-list a")
    assert link.get_text() == "Vertrauliches Protokoll"
    assert client.get(link["href"]).status_code == 200


def test_anonymous_visitor_of_a_meeting_page_is_sent_to_the_login(client, member_area):
    url = member_area["meeting"].url
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/anmelden/?next={url}"


def robots_meta(response):
    soup = BeautifulSoup(response.content, "html.parser")
    tag = soup.select_one('meta[name="robots"]')
    return tag["content"] if tag else None


@pytest.mark.parametrize("key", ["area", "meeting"])
def test_member_area_pages_tell_crawlers_not_to_index_them(
    client, member, member_area, key
):
    login(client)
    response = client.get(member_area[key].url)
    assert response.status_code == 200
    assert robots_meta(response) == "noindex, nofollow"


def test_public_pages_may_be_indexed(client, member_area):
    response = client.get("/")
    assert response.status_code == 200
    assert robots_meta(response) is None


def test_private_document_url_asks_strangers_to_log_in(client, member_area):
    url = member_area["document"].url
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/anmelden/?next=")


def test_logged_in_user_without_the_group_is_told_so(client, outsider, member_area):
    login(client, "gast")
    response = client.get("/intern/", follow=True)
    assert response.request["PATH_INFO"] == "/anmelden/"
    assert "keinen Zugang" in response.content.decode()
    assert client.get(member_area["document"].url).status_code == 302


def test_wrong_password_gets_a_german_error_summary(client, member):
    response = client.post("/anmelden/", {"username": "mitglied", "password": "x"})
    soup = BeautifulSoup(response.content, "html.parser")
    summary = soup.select_one(".form-errors[role=alert]")
    assert "Bitte Benutzername und Passwort eingeben" in summary.get_text()


def test_logout_is_a_post(client, member, member_area):
    login(client)
    assert client.get("/abmelden/").status_code == 405
    client.post("/abmelden/")
    assert client.get("/intern/").status_code == 302


def test_login_is_rate_limited(client, settings, member):
    for _ in range(settings.LOGIN_RATELIMIT_POSTS):
        client.post("/anmelden/", {"username": "mitglied", "password": "x"})
    response = client.post("/anmelden/", {"username": "mitglied", "password": "x"})
    assert response.status_code == 429


def test_saving_the_area_restricts_it_once(member_area):
    area = member_area["area"]
    area.save_revision().publish()
    ensure_member_area(area)

    restriction = PageViewRestriction.objects.get(page=area)
    assert restriction.restriction_type == "groups"
    assert list(restriction.groups.values_list("name", flat=True)) == ["Mitglieder"]
    collection = CollectionViewRestriction.objects.get().collection
    assert collection.name == MEMBERS_COLLECTION
    assert member_area["document"].collection == collection


def test_area_is_not_in_the_main_navigation(client, member_area):
    StandardPageFactory(parent=member_area["area"].get_parent(), show_in_menus=True)
    area = member_area["area"]
    area.show_in_menus = True
    area.save_revision().publish()
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert "/intern/" not in [a["href"] for a in soup.select(".main-nav a")]


@pytest.fixture
def debug_urls(settings):
    import portal.urls

    settings.DEBUG = True
    clear_url_caches()
    yield importlib.reload(portal.urls)
    settings.DEBUG = False
    clear_url_caches()
    importlib.reload(portal.urls)


def test_development_server_serves_images_but_no_documents(debug_urls):
    resolve("/media/original_images/foto.jpg", urlconf=debug_urls)
    with pytest.raises(Resolver404):
        resolve("/media/documents/protokoll.pdf", urlconf=debug_urls)
