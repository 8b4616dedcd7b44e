"""sitemap.xml lists public pages only; robots.txt keeps crawlers out of the rest."""

from xml.etree import ElementTree

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)  # noqa: S314
    return {loc.text for loc in root.iter(f"{SITEMAP}loc")}


def test_sitemap_lists_public_pages(client, open_content):
    urls = sitemap_urls(client)
    assert "http://testserver/praxis/mannheim/ism/" in urls
    assert "http://testserver/themendossiers/integrierte-bildungsplanung/" in urls
    assert "http://testserver/aktuelles/standortbestimmung/" in urls


def test_sitemap_leaves_out_drafts_and_restricted_pages(client, open_content):
    urls = sitemap_urls(client)
    hidden = ("/entwurf/", "/hinterstadt/", "/geschuetzt/", "/intern/")
    assert not [url for url in urls if any(part in url for part in hidden)]
    assert len(urls) == 8  # home, practices, city, practice, dossiers ×2, reports ×2


def test_robots_txt_disallows_admin_members_and_results(client, open_content):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    disallowed = [line for line in lines if line.startswith("Disallow:")]
    assert disallowed == [
        f"Disallow: {path}"
        for path in (
            "/admin/",
            "/veranstaltungen/anmeldung/",
            "/intern/",
            "/kontakt/nachricht/",
            "/barriere-melden/",
            "/suche/",
            "/anmelden/",
            "/themendossiers/bestellen/",
        )
    ]
    assert lines[-1] == "Sitemap: http://testserver/sitemap.xml"


def test_robots_txt_names_no_private_page(client, open_content):
    text = client.get("/robots.txt").content.decode()
    for page in (open_content.hidden_city, open_content.private, open_content.meeting):
        assert page.slug not in text


def test_robots_txt_without_member_area_leaves_it_out(client, home_page):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Disallow: /intern/" not in lines


# Every open interface that lists pages: none may name a private page.
OPEN_INTERFACES = [
    "/sitemap.xml",
    "/robots.txt",
    "/feeds/praxisprofile.rss",
    "/feeds/praxisprofile/schlagwort/bildungsmonitoring.atom",
    "/feeds/themendossiers.rss",
    "/feeds/berichte.atom",
    "/api/v2/pages/?limit=50&fields=*",
    "/api/v2/pages/?type=practices.PracticePage&fields=*",
    "/api/v2/pages/?type=practices.CityPage&fields=*",
    "/api/v2/pages/?type=dossiers.DossierPage&fields=*",
    "/api/v2/documents/?fields=*",
    "/daten/praxisprofile.csv",
]


def test_no_open_interface_names_a_private_page(client, open_content):
    hidden = (open_content.hidden_city, open_content.private, open_content.meeting)
    for url in OPEN_INTERFACES:
        response = client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response) if response.streaming else response.content
        text = body.decode()
        assert "GEHEIM" not in text, url
        for page in hidden:
            assert f"/{page.slug}/" not in text, (url, page.slug)
