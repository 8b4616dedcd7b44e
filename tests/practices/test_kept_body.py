"""A page's body and head kept for visitors the page cache does not serve
(core.fragments): members, anyone with a session."""

import pytest
from bs4 import BeautifulSoup
from django.template import Context
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from core.fragments import kept
from core.templatetags.meta_tags import head_meta
from practices.models import PracticePage
from tests.factories import PersonFactory, PracticePageFactory

CACHE_HEADER = "X-Portal-Cache"


pytestmark = pytest.mark.usefixtures("page_cache")


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def related_titles(response):
    return [a.get_text() for a in soup(response).select(".related .card__title a")]


def test_a_member_reads_a_kept_body_with_few_queries(
    client, signed_in_member, practice_tree, django_assert_max_num_queries
):
    url = practice_tree["ism"].url
    first = client.get(url)
    # Session, user and permissions (the user bar), the page's route (2): the
    # body and head ask nothing; rendered anew they ask 9 more.
    with django_assert_max_num_queries(6):
        second = client.get(url)
    assert soup(second).select_one("main") == soup(first).select_one("main")
    assert CACHE_HEADER not in second


def test_the_header_stays_the_members_own(client, signed_in_member, practice_tree):
    client.get(practice_tree["ism"].url)
    header = soup(client.get(practice_tree["ism"].url)).select_one("header")
    assert header.select_one("form.header-account input[name=csrfmiddlewaretoken]")


def test_a_publish_shows_in_body_and_head_at_once(
    client, signed_in_member, practice_tree
):
    page = practice_tree["ism"]
    client.get(page.url)
    page.title = "Sozialmanagement im Quartier"
    page.teaser = "Neu erzählt."
    page.save_revision().publish()
    shown = soup(client.get(page.url))
    assert shown.h1.get_text() == "Sozialmanagement im Quartier"
    assert (
        shown.select_one("meta[property='og:description']")["content"] == "Neu erzählt."
    )


def test_a_renamed_related_practice_shows_at_once(
    client, signed_in_member, practice_tree
):
    page, related = practice_tree["ism"], practice_tree["monitoring"]
    assert related_titles(client.get(page.url)) == ["Bildungsmonitoring"]
    related.title = "Bildungsmonitoring Augsburg"
    related.save_revision().publish()
    assert related_titles(client.get(page.url)) == ["Bildungsmonitoring Augsburg"]


def test_a_renamed_quoted_person_shows_at_once(client, signed_in_member, practice_tree):
    page = practice_tree["ism"]
    page.quote_text = "Der Raum verbindet."
    page.quote_person = PersonFactory(name="Heike Fleischmann")
    page.save_revision().publish()
    client.get(page.url)
    page.quote_person.name = "Heike Fleischmann-Ort"
    page.quote_person.save()
    caption = soup(client.get(page.url)).select_one("figure.quote figcaption")
    assert "Heike Fleischmann-Ort" in caption.get_text()


def test_a_page_stored_around_a_kept_body_follows_what_the_body_shows(
    client, signed_in_member, practice_tree
):
    page, related = practice_tree["ism"], practice_tree["monitoring"]
    client.get(page.url)  # the member's visit keeps the body
    client.logout()
    assert client.get(page.url)[CACHE_HEADER] == "miss"  # stored around it
    related.title = "Bildungsmonitoring Augsburg"
    related.save_revision().publish()
    assert related_titles(client.get(page.url)) == ["Bildungsmonitoring Augsburg"]


def test_a_preview_shows_the_draft_not_the_kept_body(
    client, signed_in_member, practice_tree
):
    page = practice_tree["ism"]
    client.get(page.url)
    draft = page.get_latest_revision_as_object()
    draft.title = "Entwurfstitel"
    response = draft.make_preview_request()
    response.render()
    assert soup(response).h1.get_text() == "Entwurfstitel"


def test_a_restricted_body_kept_for_a_member_stays_behind_the_login(
    client, signed_in_member, practice_tree
):
    page = practice_tree["ism"]
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(page.url).status_code == 200
    client.logout()
    response = client.get(page.url)
    assert response.status_code == 302
    assert "Integriertes Sozialmanagement" not in response.text


def test_each_page_of_a_citys_list_is_kept_apart(
    client, signed_in_member, practice_tree, monkeypatch
):
    monkeypatch.setattr("practices.models.pages.CITY_PRACTICES_PER_PAGE", 1)
    url = practice_tree["mannheim"].url
    first = soup(client.get(url)).select_one(".card__title").get_text(strip=True)
    second = soup(client.get(url + "?page=2")).select_one(".card__title")
    assert second.get_text(strip=True) != first


def render_counting(html, renderings):
    def render():
        renderings.append(html)
        return html

    return render


def test_a_part_is_rendered_once_while_what_it_shows_stays(practice_tree):
    request = RequestFactory().get(practice_tree["ism"].url)
    context = {"page": practice_tree["ism"], "request": request}
    renderings = []
    for _ in range(2):
        kept(context, "body", render_counting("<p>Inhalt</p>", renderings))
    assert len(renderings) == 1


def test_a_part_holding_a_form_token_is_never_kept(practice_tree):
    request = RequestFactory().get(practice_tree["ism"].url)
    context = {"page": practice_tree["ism"], "request": request}
    token = '<input type="hidden" name="csrfmiddlewaretoken" value="geheim">'
    renderings = []
    for _ in range(2):
        kept(context, "body", render_counting(token, renderings))
    assert len(renderings) == 2


def test_a_new_practice_shows_on_the_members_home_page_at_once(
    client, signed_in_member, practice_tree
):
    client.get("/")
    PracticePageFactory(parent=practice_tree["augsburg"], title="Lernorte im Quartier")
    cards = soup(client.get("/")).select(".card__title")
    assert "Lernorte im Quartier" in [card.get_text(strip=True) for card in cards]


def test_a_revision_published_unseen_by_the_versions_is_not_served_old(
    client, signed_in_member, practice_tree
):
    # A publish committed between reading the page and its version: the kept
    # body is current by its versions, but not by the page's live revision.
    page = practice_tree["ism"]
    client.get(page.url)
    revision = page.save_revision()
    PracticePage.objects.filter(pk=page.pk).update(
        title="Sozialmanagement im Quartier", live_revision=revision
    )
    assert soup(client.get(page.url)).h1.get_text() == "Sozialmanagement im Quartier"


def test_stray_query_parameters_share_the_kept_parts(
    client, signed_in_member, practice_tree, django_assert_max_num_queries
):
    url = practice_tree["ism"].url
    client.get(url)
    with django_assert_max_num_queries(6):
        response = client.get(url + "?utm_source=newsletter")
    assert soup(response).h1.get_text() == "Integriertes Sozialmanagement"


def test_a_head_a_view_describes_is_not_taken_from_the_kept_one(practice_tree):
    page = practice_tree["ism"]
    request = RequestFactory().get(page.url)
    head_meta(Context({"page": page, "request": request}))
    context = Context(
        {"page": page, "request": request, "meta_description": "Eigene Beschreibung"}
    )
    assert 'content="Eigene Beschreibung"' in head_meta(context)
