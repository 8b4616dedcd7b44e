import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from core.models import PortalDocument
from dossiers.models import GeneratedPdf
from dossiers.pdf import pdf_context, render_pdf, store_generated_pdf


@pytest.fixture
def published(dossier_site, django_capture_on_commit_callbacks):
    """The current dossier published again; its PDF is made after the commit."""
    with django_capture_on_commit_callbacks(execute=True):
        dossier_site.current.save_revision().publish()
    return dossier_site.current


def test_publishing_generates_and_stores_the_pdf(published):
    pdf = GeneratedPdf.objects.get(dossier=published)

    published.refresh_from_db()
    assert pdf.revision_id == published.live_revision_id
    assert pdf.page_count >= 4  # cover, contents, editorial, a chapter
    assert pdf.file_size == pdf.file.size
    with pdf.file.open("rb") as file:
        assert file.read(5) == b"%PDF-"


def test_the_pdf_has_cover_contents_chapters_profiles_and_page_numbers(published):
    pypdf = pytest.importorskip("pypdf")
    pdf = GeneratedPdf.objects.get(dossier=published)
    with pdf.file.open("rb") as file:
        reader = pypdf.PdfReader(io.BytesIO(file.read()))
    pages = [page.extract_text().replace("-\n", "") for page in reader.pages]
    total = len(pages)

    assert "Integrierte Bildungsplanung" in pages[0]
    assert "Seite" not in pages[0]  # the cover has no running footer
    assert "Inhalt" in pages[1] and "Datenbasiert planen" in pages[1]
    assert f"Seite 2 von {total}" in pages[1]
    text = "\n".join(pages)
    assert "PRAXISPROFIL · MANNHEIM" in text  # kicker set in capitals
    assert "Integriertes Sozialmanagement" in text


def test_the_pdf_is_tagged_for_screen_readers(published):
    pypdf = pytest.importorskip("pypdf")
    with GeneratedPdf.objects.get(dossier=published).file.open("rb") as file:
        reader = pypdf.PdfReader(io.BytesIO(file.read()))
    catalog = reader.trailer["/Root"]

    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in catalog
    assert catalog["/Lang"] == "de"
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader.metadata.title == published.full_title


def test_the_contents_point_at_the_chapters(dossier_site):
    from django.template.loader import render_to_string

    html = render_to_string(
        "dossiers/pdf/dossier.html", pdf_context(dossier_site.current)
    )

    assert 'href="#kapitel-1"' in html and 'id="kapitel-1"' in html
    practice_anchor = f"praxis-1-{dossier_site.ism.pk}"
    assert f'href="#{practice_anchor}"' in html and f'id="{practice_anchor}"' in html


def test_regenerating_replaces_the_old_file(dossier_site):
    first = store_generated_pdf(dossier_site.current)
    old_name = first.file.name

    second = store_generated_pdf(dossier_site.current)

    assert GeneratedPdf.objects.filter(dossier=dossier_site.current).count() == 1
    assert second.file.name != old_name
    assert not default_storage.exists(old_name)


def test_an_uploaded_pdf_is_not_overwritten_by_generation(
    dossier_site, django_capture_on_commit_callbacks
):
    page = dossier_site.current
    page.pdf_document = PortalDocument.objects.create(
        title="Heft", file=ContentFile(b"%PDF-1.4", "heft.pdf")
    )
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert not GeneratedPdf.objects.filter(dossier=page).exists()


def test_publishing_a_practice_renews_the_dossiers_that_embed_it(
    dossier_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        dossier_site.ism.save_revision().publish()
    assert GeneratedPdf.objects.filter(dossier=dossier_site.current).exists()
    assert not GeneratedPdf.objects.filter(dossier=dossier_site.sold_out).exists()


def test_the_renderer_fetches_nothing_from_the_network(dossier_site, monkeypatch):
    from dossiers import pdf

    fetched = []
    fetcher_class = pdf._fetcher_class()

    class Recording(fetcher_class):
        def fetch(self, url, headers=None):
            fetched.append(url)
            return super().fetch(url, headers)

    monkeypatch.setattr(pdf, "_fetcher_class", lambda: Recording)
    page = dossier_site.current
    page.intro = '<p>Bild: <img src="https://tracker.example/pixel.gif" alt=""></p>'
    content, pages = render_pdf(page)

    assert content.startswith(b"%PDF") and pages >= 4
    assert fetched == ["https://tracker.example/pixel.gif"]  # asked, and refused


def test_missing_native_libraries_leave_the_dossier_without_pdf(
    dossier_site, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    from dossiers import pdf

    def no_pango(dossier):
        raise OSError("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr(pdf, "render_pdf", no_pango)
    dossier = dossier_site.current
    GeneratedPdf.objects.filter(dossier=dossier).delete()

    with django_capture_on_commit_callbacks(execute=True):
        dossier.save_revision().publish()

    assert not GeneratedPdf.objects.filter(dossier=dossier).exists()
    assert "libpango-1.0-0 libpangoft2-1.0-0" in caplog.text
