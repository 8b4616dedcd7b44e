"""schema.org JSON-LD, OpenGraph and description in every page's head."""

import json

import pytest
from bs4 import BeautifulSoup

from core.templatetags.meta_tags import DEFAULT_DESCRIPTION
from tests.reports.factories import ArticlePageFactory


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def json_ld(client, url):
    scripts = head(client, url).select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_practice_is_a_creative_work_covering_its_city(client, open_content):
    data = json_ld(client, "/praxis/mannheim/ism/")
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "CreativeWork"
    assert data["name"] == "Integriertes Sozialmanagement"
    city = data["spatialCoverage"]
    assert city["@type"] == "City" and city["name"] == "Mannheim"
    assert city["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 49.48776,
        "longitude": 8.46604,
    }
    assert city["url"] == "http://testserver/praxis/mannheim/"
    assert "Bildungsmonitoring" in data["keywords"]


def test_city_page_is_a_city_in_its_state(client, open_content):
    data = json_ld(client, "/praxis/mannheim/")
    assert data["@type"] == "City"
    assert data["containedInPlace"] == {"@type": "State", "name": "Baden-Württemberg"}


def test_dossier_is_a_publication_issue_with_its_pdf(client, open_content):
    from tests.portal.factories import DocumentFactory

    pdf = DocumentFactory(title="Dossier als PDF")
    open_content.dossier.pdf_document = pdf
    open_content.dossier.save_revision().publish()
    data = json_ld(client, "/themendossiers/integrierte-bildungsplanung/")
    assert data["@type"] == "PublicationIssue"
    assert data["issueNumber"] == 7
    assert data["encoding"]["@type"] == "MediaObject"
    assert data["encoding"]["encodingFormat"] == "application/pdf"
    assert data["encoding"]["contentUrl"] == f"http://testserver{pdf.url}"
    # Only the public practice of its chapter, not the restricted one.
    assert [part["name"] for part in data["hasPart"]] == [
        "Integriertes Sozialmanagement"
    ]


def test_meeting_report_is_an_article_about_an_event(client, open_content):
    data = json_ld(client, "/aktuelles/standortbestimmung/")
    assert data["@type"] == "Article"
    assert data["headline"] == "Standortbestimmung"
    event = data["about"]
    assert event["@type"] == "Event"
    assert event["startDate"] == "2024-05-14"
    assert event["location"] == {"@type": "Place", "name": "Mannheim"}


def test_home_page_is_a_website_with_a_search(client, open_content):
    data = json_ld(client, "/")
    assert data["@type"] == "WebSite"
    assert data["potentialAction"]["target"] == (
        "http://testserver/suche/?q={search_term_string}"
    )


def test_editor_text_cannot_close_the_script_element(client, open_content):
    title = "</script><script>alert(1)</script> & <!-- Bericht"
    ArticlePageFactory(parent=open_content.reports, title=title, slug="boese")
    response = client.get("/aktuelles/boese/")
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    script = BeautifulSoup(html, "html.parser").select_one(
        'script[type="application/ld+json"]'
    )
    assert json.loads(script.string)["headline"] == title


@pytest.mark.parametrize(
    ("url", "description"),
    [
        ("/praxis/mannheim/ism/", "Wie eine Kommune Bildung gemeinsam plant."),
        ("/aktuelles/standortbestimmung/", "Was das Netzwerk beim Treffen"),
    ],
)
def test_pages_describe_themselves_by_their_teaser(
    client, open_content, url, description
):
    meta = head(client, url)
    assert meta.select_one('meta[name="description"]')["content"].startswith(
        description
    )
    og = meta.select_one('meta[property="og:description"]')["content"]
    assert og.startswith(description)
    assert meta.select_one('meta[property="og:type"]')["content"] == "article"


def test_search_description_wins_over_the_teaser(client, open_content):
    open_content.practice.search_description = "Eigens für Suchmaschinen."
    open_content.practice.save_revision().publish()
    meta = head(client, "/praxis/mannheim/ism/")
    assert meta.select_one('meta[name="description"]')["content"] == (
        "Eigens für Suchmaschinen."
    )


def test_every_page_has_opengraph_title_url_and_site(client, open_content):
    for url in ("/", "/praxis/", "/themendossiers/", "/suche/?q=Bildung"):
        meta = head(client, url)
        assert meta.select_one('meta[property="og:title"]')["content"], url
        assert meta.select_one('meta[property="og:url"]')["content"].startswith(
            "http://testserver/"
        )
        assert meta.select_one('meta[property="og:site_name"]')["content"] == (
            "Praxisportal Großstadtnetzwerk"
        )
        assert meta.select_one('meta[name="description"]')["content"], url


def test_canonical_address_has_no_query(client, open_content):
    meta = head(client, "/praxis/?ansatz=datenbasiert")
    assert meta.select_one('link[rel="canonical"]')["href"] == (
        "http://testserver/praxis/"
    )


@pytest.mark.django_db
def test_every_demo_page_describes_itself_to_search_engines_and_sharing(
    client, demo_content
):
    from wagtail.models import Page

    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    titles = {page.url: page.seo_title or page.title for page in pages}
    addresses = {page.url: page.full_url for page in pages}
    assert "/netzwerk-in-zahlen/" in titles and len(titles) > 10
    views = {
        "/schlagwort/datenbasiert/": "#datenbasiert",
        "/schlagwort/bildungsmonitoring/": "#Bildungsmonitoring",
        "/daten/": "Offene Daten und Schnittstellen",
        "/suche/?q=Bildung": "Suche",
        "/anmelden/": "Anmelden",
        "/themendossiers/bestellen/": "Themendossiers kostenfrei bestellen",
    }
    for url, title in {**titles, **views}.items():
        meta = head(client, url)
        found = {
            name: meta.select(selector)
            for name, selector in {
                "og:title": 'meta[property="og:title"]',
                "og:description": 'meta[property="og:description"]',
                "description": 'meta[name="description"]',
                "og:url": 'meta[property="og:url"]',
                "canonical": 'link[rel="canonical"]',
            }.items()
        }
        assert [len(elements) for elements in found.values()] == [1] * 5, url
        assert found["og:title"][0]["content"] == title, url
        description = found["description"][0]["content"]
        assert description not in ("", DEFAULT_DESCRIPTION), url
        assert found["og:description"][0]["content"] == description, url
        canonical = found["canonical"][0]["href"]
        path = url.split("?")[0]
        assert canonical == addresses.get(url, "http://testserver" + path), url
        assert found["og:url"][0]["content"] == canonical, url
