"""A publish invalidates only the cached pages that show what it changed: the
page, its parent's list, the pages embedding it, listings, tag pages and feeds.
Every other page stays in the page cache."""

import datetime
from types import SimpleNamespace

import pytest

from core.models import Tag
from tests.dossiers.factories import (
    DossierIndexPageFactory,
    DossierPageFactory,
    chapter,
)
from tests.factories import (
    ApproachFactory,
    CityPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    StandardPageFactory,
    TagFactory,
)

CACHE_HEADER = "X-Portal-Cache"


pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def site(home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        approach = ApproachFactory(name="datenbasiert")
        # Not shared with the others: they do not list it as related.
        own_approach = ApproachFactory(name="partizipativ")
        index = PracticeIndexPageFactory(parent=home_page)
        mannheim = CityPageFactory(
            parent=index, city__name="Mannheim", city__slug="mannheim"
        )
        augsburg = CityPageFactory(
            parent=index, city__name="Augsburg", city__slug="augsburg"
        )
        ism = PracticePageFactory(
            parent=mannheim, title="Sozialmanagement", approaches=[own_approach]
        )
        neighbour = PracticePageFactory(
            parent=mannheim, title="Bildungsmonitoring", approaches=[approach]
        )
        holiday = PracticePageFactory(
            parent=augsburg, title="Ferienprogramm", approaches=[approach]
        )
        dossier = DossierPageFactory(
            parent=DossierIndexPageFactory(parent=home_page),
            title="Integrierte Planung",
            publication_date=datetime.date(2026, 10, 1),
            chapters=[chapter("Datenbasiert planen", [ism])],
        )
        dossier.save_revision().publish()
        about = StandardPageFactory(parent=home_page, title="Impressum")
    return SimpleNamespace(
        ism=ism,
        neighbour=neighbour,
        holiday=holiday,
        mannheim=mannheim,
        augsburg=augsburg,
        dossier=dossier,
        about=about,
    )


def warm(client, urls):
    for url in urls:
        assert client.get(url).status_code == 200
    assert {url: client.get(url)[CACHE_HEADER] for url in urls} == dict.fromkeys(
        urls, "hit"
    )


def publish(page, capture, title):
    with capture(execute=True):
        page.title = title
        page.save_revision().publish()


def test_a_publish_renders_the_pages_showing_it_afresh(
    client, site, django_capture_on_commit_callbacks
):
    affected = [
        site.ism.url,
        site.mannheim.url,
        site.dossier.url,
        "/",
        "/praxis/",
        "/praxis/?ansatz=partizipativ&stadt=mannheim",
        "/schlagwort/partizipativ/",
        "/feeds/praxisprofile.rss",
    ]
    warm(client, affected)
    publish(site.ism, django_capture_on_commit_callbacks, "Sozialmanagement neu")
    responses = {url: client.get(url) for url in affected}
    assert {url: r[CACHE_HEADER] for url, r in responses.items()} == dict.fromkeys(
        affected, "miss"
    )
    assert all("Sozialmanagement neu" in r.text for r in responses.values())


def test_a_publish_leaves_unrelated_pages_cached(
    client, site, django_capture_on_commit_callbacks
):
    unrelated = [
        site.neighbour.url,
        site.holiday.url,
        site.augsburg.url,
        site.about.url,
    ]
    warm(client, unrelated)
    publish(site.ism, django_capture_on_commit_callbacks, "Sozialmanagement neu")
    assert {url: client.get(url)[CACHE_HEADER] for url in unrelated} == dict.fromkeys(
        unrelated, "hit"
    )


def test_a_renamed_city_renews_the_breadcrumbs_below_it(
    client, site, django_capture_on_commit_callbacks
):
    warm(client, [site.ism.url])
    publish(site.mannheim, django_capture_on_commit_callbacks, "Stadt Mannheim")
    response = client.get(site.ism.url)
    assert response[CACHE_HEADER] == "miss"
    assert "Stadt Mannheim" in response.text


def test_a_dossier_newly_embedding_a_practice_shows_on_the_practice(
    client, site, django_capture_on_commit_callbacks
):
    warm(client, [site.holiday.url])
    with django_capture_on_commit_callbacks(execute=True):
        site.dossier.chapters = [chapter("Beides", [site.ism, site.holiday])]
        site.dossier.save_revision().publish()
    response = client.get(site.holiday.url)
    assert response[CACHE_HEADER] == "miss"
    assert "Integrierte Planung" in response.text


def test_a_new_practice_shows_in_the_menu_free_pages_without_emptying_them(
    client, site, django_capture_on_commit_callbacks
):
    warm(client, [site.about.url, site.mannheim.url])
    with django_capture_on_commit_callbacks(execute=True):
        PracticePageFactory(parent=site.mannheim, title="Lernpaten")
    assert client.get(site.about.url)[CACHE_HEADER] == "hit"
    response = client.get(site.mannheim.url)
    assert "Lernpaten" in response.text


def test_a_snippet_change_still_renews_every_page(client, site):
    warm(client, [site.about.url, site.holiday.url])
    city = site.holiday.city
    city.population = 300_000
    city.save()
    assert client.get(site.about.url)[CACHE_HEADER] == "miss"
    assert client.get(site.holiday.url)[CACHE_HEADER] == "miss"


def test_a_publish_renews_the_tag_pages_of_its_old_and_new_tags_only(
    client, site, django_capture_on_commit_callbacks
):
    TagFactory(name="Steuerung")
    pages = [f"/schlagwort/{slug}/" for slug in ("partizipativ", "datenbasiert")]
    warm(client, [*pages, "/schlagwort/steuerung/"])
    with django_capture_on_commit_callbacks(execute=True):
        site.ism.approaches = [Tag.objects.get(slug="datenbasiert")]
        site.ism.save_revision().publish()
    old, new = (client.get(page) for page in pages)
    assert (old[CACHE_HEADER], new[CACHE_HEADER]) == ("miss", "miss")
    assert "Sozialmanagement" not in old.text
    assert "Sozialmanagement" in new.text
    assert client.get("/schlagwort/steuerung/")[CACHE_HEADER] == "hit"
