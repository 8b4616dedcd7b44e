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
    for path in ("/admin/", "/intern/", "/suche/", "/anmelden/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /praxis/hinterstadt/" in lines
    assert lines[-1] == "Sitemap: http://testserver/sitemap.xml"
