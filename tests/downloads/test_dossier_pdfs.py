"""The library lists the PDFs of live public dossiers, contributed by the dossiers
app through its `library` declaration."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import PageViewRestriction

from dossiers.models import GeneratedPdf
from members.access import members_collection
from tests.dossiers.factories import DossierIndexPageFactory, DossierPageFactory
from tests.downloads.factories import DownloadIndexPageFactory
from tests.factories import TagFactory
from tests.portal.factories import DocumentFactory

PDF_SIZE = 2_400_000


def generate_pdf(dossier):
    """A stored generated PDF, as publishing leaves one (without WeasyPrint)."""
    return GeneratedPdf.objects.create(
        dossier=dossier,
        file=ContentFile(b"%PDF-1.7\n", name=f"dossier-{dossier.pk}.pdf"),
        file_size=PDF_SIZE,
        page_count=12,
        fingerprint=dossier.embedded_fingerprint(),
        generated_at=timezone.now(),
        render_seconds=1.0,
    )


def dossier(index, title, issue_number, **fields):
    page = DossierPageFactory(
        parent=index,
        title=title,
        issue_number=issue_number,
        publication_date=datetime.date(2026, 10, 1),
        **fields,
    )
    generate_pdf(page)
    return page


@pytest.fixture
def library(home_page):
    DownloadIndexPageFactory(parent=home_page)
    DocumentFactory(title="Handreichung Beteiligung", document_type="handreichung")
    index = DossierIndexPageFactory(parent=home_page)
    public = dossier(index, "Integrierte Bildungsplanung", 2)
    public.tags.add(TagFactory(name="Bildungsmonitoring"))
    public.save()
    dossier(index, "Entwurf", 3, live=False)
    restricted = dossier(index, "Nur für Mitglieder", 4)
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.LOGIN
    )
    return {"index": index, "public": public}


def cards(client, query=""):
    soup = BeautifulSoup(client.get(f"/downloads/{query}").content, "html.parser")
    return {
        card.select_one(".card__title a").get_text(): card
        for card in soup.select(".document-card")
    }


def test_the_library_lists_a_public_dossiers_pdf_with_format_and_size(client, library):
    card = cards(client)["Themendossier 2: Integrierte Bildungsplanung"]
    link = card.select_one(".card__title a")
    assert link["href"] == f"/themendossiers/pdf/{library['public'].pk}/"
    assert card.select_one(".document-card__file").get_text() == "(PDF, 2,3\xa0MB)"
    assert card.select_one(".card__meta").get_text() == "Themendossier · 2026"
    page_link = card.select_one(".document-card__facts a")
    assert (page_link.get_text(), page_link["href"]) == (
        "Zum Themendossier",
        library["public"].url,
    )


def test_unpublished_and_restricted_dossiers_stay_out(client, library):
    assert sorted(cards(client)) == [
        "Handreichung Beteiligung",
        "Themendossier 2: Integrierte Bildungsplanung",
    ]


def test_the_type_filter_finds_the_dossiers(client, library):
    assert list(cards(client, "?typ=dossier")) == [
        "Themendossier 2: Integrierte Bildungsplanung"
    ]
    assert list(cards(client, "?typ=handreichung")) == ["Handreichung Beteiligung"]


def test_the_tag_and_year_filters_include_the_dossiers(client, library):
    assert list(cards(client, "?thema=bildungsmonitoring&jahr=2026")) == [
        "Themendossier 2: Integrierte Bildungsplanung"
    ]


def test_the_text_search_finds_a_dossier_by_its_title(client, library):
    assert list(cards(client, "?q=integrierte")) == [
        "Themendossier 2: Integrierte Bildungsplanung"
    ]


def test_an_uploaded_pdf_is_listed_once_as_the_dossiers(client, library):
    upload = DocumentFactory(title="Heft 5 als PDF", document_type="dossier")
    page = DossierPageFactory(
        parent=library["index"],
        title="Übergänge gestalten",
        issue_number=5,
        pdf_document=upload,
    )
    listed = cards(client)
    assert "Heft 5 als PDF" not in listed
    card = listed["Themendossier 5: Übergänge gestalten"]
    assert card.select_one(".card__title a")["href"] == upload.url
    assert page.download.url == upload.url


def test_an_uploaded_pdf_for_members_only_is_not_listed(client, library):
    upload = DocumentFactory(title="Heft 6 intern", collection=members_collection())
    DossierPageFactory(
        parent=library["index"],
        title="Intern",
        issue_number=6,
        pdf_document=upload,
    )
    assert "Themendossier 6: Intern" not in cards(client)
