"""A dossier's uploaded PDF from a private collection is for members only: the
API, the JSON-LD, the feeds and the page leave it out."""

import json
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from members.access import members_collection
from tests.portal.factories import DocumentFactory

DOSSIER_URL = "/themendossiers/integrierte-bildungsplanung/"


@pytest.fixture(params=["private", "public"])
def upload(request, open_content):
    """The dossier with an uploaded PDF, in the members' collection or not."""
    private = request.param == "private"
    extra = {"collection": members_collection()} if private else {}
    pdf = DocumentFactory(title="Dossier als PDF", **extra)
    open_content.dossier.pdf_document = pdf
    open_content.dossier.save_revision().publish()
    return pdf, private


def test_api_names_the_pdf_only_when_public(client, open_content, upload):
    pdf, private = upload
    detail = client.get(f"/api/v2/pages/{open_content.dossier.pk}/").json()
    listing = client.get(
        "/api/v2/pages/", {"type": "dossiers.DossierPage", "fields": "pdf"}
    ).json()
    [item] = listing["items"]
    for data in (detail, item):
        if private:
            assert data["pdf"] is None
        else:
            assert data["pdf"]["url"] == f"http://testserver{pdf.url}"
    assert (pdf.url in json.dumps(detail)) is not private


def test_json_ld_encodes_the_pdf_only_when_public(client, upload):
    pdf, private = upload
    head = BeautifulSoup(client.get(DOSSIER_URL).content, "html.parser").head
    data = json.loads(head.select_one('script[type="application/ld+json"]').string)
    if private:
        assert "encoding" not in data
    else:
        assert data["encoding"]["contentUrl"] == f"http://testserver{pdf.url}"


@pytest.mark.parametrize("extension", ["rss", "atom"])
def test_feeds_attach_the_pdf_only_when_public(client, upload, extension):
    pdf, private = upload
    content = client.get(f"/feeds/themendossiers.{extension}").content
    root = ElementTree.fromstring(content)  # noqa: S314 - our own feed
    enclosures = [
        element.get("url") or element.get("href")
        for element in root.iter()
        if element.tag == "enclosure"
        or (element.tag.endswith("link") and element.get("rel") == "enclosure")
    ]
    assert enclosures == ([] if private else [f"http://testserver{pdf.url}"])
    assert (pdf.url.encode() in content) is not private


def test_page_and_pdf_address_leave_a_private_pdf_out(client, open_content, upload):
    pdf, private = upload
    page = client.get(DOSSIER_URL).content.decode()
    assert (pdf.url in page) is not private
    assert ("PDF herunterladen" in page) is not private
    response = client.get(f"/themendossiers/pdf/{open_content.dossier.pk}/")
    assert response.status_code == (404 if private else 302)
