"""Feeds of new reports, and what every feed shares: public content only,
both formats, escaped text and alternate links in the pages' head."""

from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from tests.open_content import SECRET, feed_entries
from tests.reports.factories import ArticlePageFactory

ALL_FEEDS = ["praxisprofile", "themendossiers", "berichte"]


def declared_feeds():
    """Every feed a content type declares (meetings' too, which open_content
    leaves empty)."""
    from core.feeds import registered_feeds

    return [feed.key for feed in registered_feeds()]


@pytest.mark.parametrize("key", ALL_FEEDS)
@pytest.mark.parametrize("scope", ["", "/schlagwort/bildungsmonitoring"])
@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_no_feed_lists_drafts_or_restricted_content(
    client, open_content, key, scope, feed_format
):
    entries = feed_entries(client.get(f"/feeds/{key}{scope}.{feed_format}"))
    assert entries, "the public entry is listed"
    assert not [title for title, _ in entries if SECRET in title]


def test_report_feed_links_the_public_report(client, open_content):
    entries = feed_entries(client.get("/feeds/berichte.rss"))
    assert entries == [
        ("Standortbestimmung", "http://testserver/aktuelles/standortbestimmung/")
    ]


def test_report_feed_per_city_follows_the_meeting_place(client, open_content):
    assert feed_entries(client.get("/feeds/berichte/kommune/mannheim.atom"))
    assert feed_entries(client.get("/feeds/berichte/kommune/hinterstadt.atom")) == []


def test_unknown_tag_or_city_is_not_found(client, open_content):
    assert client.get("/feeds/berichte/schlagwort/gibt-es-nicht.rss").status_code == 404
    assert client.get("/feeds/berichte/kommune/gibt-es-nicht.rss").status_code == 404


def test_atom_feed_names_itself_and_its_publisher(client, open_content):
    response = client.get("/feeds/berichte.atom")
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.findtext("a:title", namespaces=ns) == (
        "Praxisportal Großstadtnetzwerk: Berichte"
    )
    assert root.find("a:link[@rel='self']", ns).get("href") == (
        "http://testserver/feeds/berichte.atom"
    )


def test_markup_in_titles_and_teasers_stays_text(client, open_content):
    ArticlePageFactory(
        parent=open_content.reports,
        title="<script>alert(1)</script> Bericht",
        teaser="Ein <b>fetter</b> </script> Teaser & mehr",
    )
    response = client.get("/feeds/berichte.rss")
    assert b"<script>" not in response.content
    root = ElementTree.fromstring(response.content)  # noqa: S314
    item = next(i for i in root.iter("item") if "Bericht" in i.findtext("title"))
    assert item.findtext("title") == "<script>alert(1)</script> Bericht"
    # The description is HTML for readers: the teaser arrives as escaped text.
    assert item.findtext("description") == (
        "Ein &lt;b&gt;fetter&lt;/b&gt; &lt;/script&gt; Teaser &amp; mehr"
    )


def alternates(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {link["href"] for link in soup.select("head link[rel=alternate]")}


def test_home_page_links_every_feed_in_both_formats(client, open_content):
    assert alternates(client, "/") == {
        f"/feeds/{key}.{feed_format}"
        for key in declared_feeds()
        for feed_format in ("rss", "atom")
    }


def test_tag_page_links_the_feeds_of_its_tag(client, open_content):
    links = alternates(client, "/schlagwort/bildungsmonitoring/")
    assert "/feeds/berichte/schlagwort/bildungsmonitoring.atom" in links
    assert len(links) == 2 * len(declared_feeds())


def test_report_pages_link_the_report_feed(client, open_content):
    assert alternates(client, "/aktuelles/standortbestimmung/") == {
        "/feeds/berichte.rss",
        "/feeds/berichte.atom",
    }


def alternate_links(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {
        link["href"]: (link["type"], link["title"])
        for link in soup.select("head link[rel=alternate]")
    }


def test_practice_page_links_its_citys_practice_feed(client, open_content):
    links = alternate_links(client, "/praxis/mannheim/ism/")
    assert set(links) == {
        "/feeds/praxisprofile/kommune/mannheim.rss",
        "/feeds/praxisprofile/kommune/mannheim.atom",
    }
    assert {kind for kind, _ in links.values()} == {
        "application/rss+xml",
        "application/atom+xml",
    }
    assert all("Mannheim" in title for _, title in links.values())
    for href in links:  # and the feed lists the page
        titles = [title for title, _ in feed_entries(client.get(href))]
        assert "Integriertes Sozialmanagement (Mannheim)" in titles


def test_dossier_page_links_the_dossier_feed(client, open_content):
    links = alternate_links(client, "/themendossiers/integrierte-bildungsplanung/")
    assert set(links) == {"/feeds/themendossiers.rss", "/feeds/themendossiers.atom"}
    assert {kind for kind, _ in links.values()} == {
        "application/rss+xml",
        "application/atom+xml",
    }
    for href in links:
        titles = [title for title, _ in feed_entries(client.get(href))]
        assert titles == ["Themendossier 7: Integrierte Bildungsplanung"]
