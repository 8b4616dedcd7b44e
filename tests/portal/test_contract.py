"""The content-type contract: declarations found through Wagtail hooks, and
every part of the portal that reads them."""

import pytest
from bs4 import BeautifulSoup
from wagtail import hooks

from core import cache
from core.contract import ContentType, content_type_for, content_types, declaring
from core.models import HomePage, StandardPage
from dossiers.models import DossierIndexPage, DossierPage
from practices.models import CityPage, PracticeIndexPage, PracticePage
from search.registry import search_sources


def test_every_kind_is_declared_once_through_hooks():
    keys = [kind.key for kind in content_types()]
    assert len(keys) == len(set(keys))
    assert {"practice", "city", "dossier", "page", "home"} <= set(keys)
    assert len(hooks.get_hooks("register_content_type")) == len(keys)


def test_kinds_come_in_their_declared_order():
    orders = [kind.order for kind in content_types()]
    assert orders == sorted(orders)


def test_a_kind_is_found_for_its_model_and_subclasses():
    assert content_type_for(PracticePage).key == "practice"
    assert content_type_for(CityPage).key == "city"
    assert content_type_for(PracticeIndexPage) is None


def test_search_sources_are_the_kinds_that_declare_search():
    assert [source.kind for source in search_sources()] == [
        kind.key for kind in declaring("search")
    ]


def test_a_second_declaration_of_a_key_is_refused(monkeypatch):
    duplicate = ContentType(
        key="practice", label="Doppelt", singular="Doppelt", model=StandardPage
    )
    monkeypatch.setattr(
        hooks,
        "get_hooks",
        lambda name: [lambda: duplicate, lambda: duplicate],
    )
    content_types.cache_clear()
    try:
        with pytest.raises(ValueError, match="practice"):
            content_types()
    finally:
        monkeypatch.undo()
        content_types.cache_clear()


def test_visitor_written_models_never_empty_the_page_cache():
    from wagtail.contrib.forms.models import FormSubmission

    from dossiers.models import PrintOrder

    assert not cache._is_watched(PrintOrder)
    assert not cache._is_watched(FormSubmission)
    assert cache._is_watched(DossierPage)
    assert cache._is_watched(PracticePage)


def test_home_page_takes_the_sections_that_name_it_as_parent():
    allowed = set(HomePage.allowed_subpage_models())
    assert {StandardPage, PracticeIndexPage, DossierIndexPage} <= allowed
    assert PracticePage not in allowed and DossierPage not in allowed


@pytest.mark.django_db
def test_declared_stylesheets_load_in_the_page_head(client, home_page):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    hrefs = [link["href"] for link in soup.select("head link[rel=stylesheet]")]
    assert any(href.endswith("dossiers/css/dossiers.css") for href in hrefs)
