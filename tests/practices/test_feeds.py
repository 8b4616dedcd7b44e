"""Feeds of new practices: overall, per city, per approach or topic."""

from tests.factories import CityFactory, CityPageFactory, PracticePageFactory
from tests.open_content import SECRET, feed_entries


def test_practice_feed_lists_live_public_practices_with_their_city(
    client, open_content
):
    assert feed_entries(client.get("/feeds/praxisprofile.rss")) == [
        (
            "Integriertes Sozialmanagement (Mannheim)",
            "http://testserver/praxis/mannheim/ism/",
        )
    ]


def test_city_feed_lists_only_that_citys_practices(client, open_content):
    augsburg = CityPageFactory(
        parent=open_content.index, city=CityFactory(name="Augsburg", slug="augsburg")
    )
    PracticePageFactory(parent=augsburg, title="Ferienprogramm")
    titles = [
        t
        for t, _ in feed_entries(
            client.get("/feeds/praxisprofile/kommune/augsburg.atom")
        )
    ]
    assert titles == ["Ferienprogramm (Augsburg)"]


def test_restricted_citys_feed_is_empty(client, open_content):
    entries = feed_entries(client.get("/feeds/praxisprofile/kommune/hinterstadt.rss"))
    assert not [title for title, _ in entries if SECRET in title]
    assert entries == []


def test_approach_feed_lists_practices_with_that_approach(client, open_content):
    entries = feed_entries(
        client.get("/feeds/praxisprofile/schlagwort/datenbasiert.rss")
    )
    assert [title for title, _ in entries] == [
        "Integriertes Sozialmanagement (Mannheim)"
    ]


def test_newest_practice_comes_first(client, open_content):
    newest = PracticePageFactory(parent=open_content.mannheim, title="Neuer Ansatz")
    newest.save_revision().publish()
    titles = [t for t, _ in feed_entries(client.get("/feeds/praxisprofile.rss"))]
    assert titles[0] == "Neuer Ansatz (Mannheim)"


def test_city_page_links_its_feeds(client, open_content):
    content = client.get("/praxis/mannheim/").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" '
        'title="Praxisprofile aus Mannheim (RSS)" '
        'href="/feeds/praxisprofile/kommune/mannheim.rss">'
    ) in content
    assert 'href="/feeds/themendossiers/kommune/mannheim.atom"' in content


def test_feed_queries_do_not_grow_with_its_items(
    client, open_content, django_assert_max_num_queries
):
    for _ in range(5):
        PracticePageFactory(parent=open_content.mannheim).save_revision().publish()
    with django_assert_max_num_queries(12):
        entries = feed_entries(client.get("/feeds/praxisprofile.atom"))
    assert len(entries) == 6
