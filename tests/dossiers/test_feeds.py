"""The feed of new dossiers, with the PDF as enclosure."""

from xml.etree import ElementTree

from tests.open_content import feed_entries
from tests.portal.factories import DocumentFactory


def test_dossier_feed_lists_the_published_dossier(client, open_content):
    assert feed_entries(client.get("/feeds/themendossiers.atom")) == [
        (
            "Themendossier 7: Integrierte Bildungsplanung",
            "http://testserver/themendossiers/integrierte-bildungsplanung/",
        )
    ]


def test_dossier_feed_attaches_the_pdf(client, open_content):
    pdf = DocumentFactory(title="Dossier als PDF")
    open_content.dossier.pdf_document = pdf
    open_content.dossier.save_revision().publish()
    root = ElementTree.fromstring(client.get("/feeds/themendossiers.rss").content)  # noqa: S314
    enclosure = root.find("channel/item/enclosure")
    assert enclosure.get("url") == f"http://testserver{pdf.url}"
    assert enclosure.get("length") == str(pdf.get_file_size())
    assert enclosure.get("type") == "application/pdf"


def test_city_feed_lists_dossiers_that_embed_the_citys_practices(client, open_content):
    assert feed_entries(client.get("/feeds/themendossiers/kommune/mannheim.rss"))
    # Hinterstadt's practice is embedded too, but nobody may see it.
    assert (
        feed_entries(client.get("/feeds/themendossiers/kommune/hinterstadt.rss")) == []
    )
