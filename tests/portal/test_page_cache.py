import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory
from tests.formpages.factories import FormPageFactory, FormPageFieldFactory

CACHE_HEADER = "X-Portal-Cache"


pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def about(home_page):
    page = StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    page.save_revision().publish()
    return page


def test_second_anonymous_visit_is_served_from_the_cache(client, about):
    assert client.get("/ueber-uns/")[CACHE_HEADER] == "miss"
    assert client.get("/ueber-uns/")[CACHE_HEADER] == "hit"


def test_a_cached_page_costs_no_query(client, about, django_assert_num_queries):
    client.get("/ueber-uns/")
    with django_assert_num_queries(0):
        response = client.get("/ueber-uns/")
    assert "Über uns" in response.text


def test_a_hit_keeps_the_security_headers(client, about):
    miss = client.get("/ueber-uns/")
    hit = client.get("/ueber-uns/")
    assert hit["X-Frame-Options"] == miss["X-Frame-Options"]
    assert hit["Content-Type"] == miss["Content-Type"]


def test_a_published_change_is_visible_at_once(
    client, about, django_capture_on_commit_callbacks
):
    client.get("/ueber-uns/")
    with django_capture_on_commit_callbacks(execute=True):
        about.title = "Über das Netzwerk"
        about.save_revision().publish()
    response = client.get("/ueber-uns/")
    assert "Über das Netzwerk" in response.text
    assert response[CACHE_HEADER] == "miss"


def test_an_unpublished_page_is_gone_at_once(client, about):
    client.get("/ueber-uns/")
    about.unpublish()
    assert client.get("/ueber-uns/").status_code == 404


def test_a_new_view_restriction_applies_at_once(client, about):
    client.get("/ueber-uns/")
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/ueber-uns/")
    assert response.status_code == 302
    assert CACHE_HEADER not in response


def test_signed_in_visitors_bypass_the_cache(client, about):
    client.get("/ueber-uns/")
    user = get_user_model().objects.create_user("leser", password="geheim-12345")
    client.force_login(user)
    assert CACHE_HEADER not in client.get("/ueber-uns/")


def test_query_strings_are_cached_separately(client, about):
    client.get("/ueber-uns/")
    assert client.get("/ueber-uns/?seite=2")[CACHE_HEADER] == "miss"


def test_head_is_answered_from_the_stored_get(client, about):
    client.get("/ueber-uns/")
    response = client.head("/ueber-uns/")
    assert response.status_code == 200
    assert response[CACHE_HEADER] == "hit"


def test_pages_with_a_form_token_are_never_stored(client, home_page):
    form = FormPageFactory(parent=home_page, slug="mitmachen")
    FormPageFieldFactory(page=form)
    form.save_revision().publish()
    client.get("/mitmachen/")
    second = client.get("/mitmachen/")
    assert CACHE_HEADER not in second
    assert "csrfmiddlewaretoken" in second.text


def test_not_found_is_not_stored(client, home_page):
    client.get("/gibt-es-nicht/")
    assert CACHE_HEADER not in client.get("/gibt-es-nicht/")


def test_the_cache_can_be_switched_off(client, about, settings):
    settings.PAGE_CACHE_TIMEOUT = 0
    client.get("/ueber-uns/")
    assert CACHE_HEADER not in client.get("/ueber-uns/")
