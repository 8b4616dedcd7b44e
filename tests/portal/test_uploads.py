import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Collection

from core.models import PortalDocument
from core.tasks import join_hyphenated
from tests.portal.factories import DocumentFactory, pdf_bytes


def upload(admin_client, name, content, **fields):
    data = {
        "title": fields.pop("title", "Bericht"),
        "file": SimpleUploadedFile(name, content),
        "collection": Collection.get_first_root_node().pk,
        "language": "de",
        **fields,
    }
    return admin_client.post("/admin/documents/add/", data)


def file_errors(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(e.get_text(" ", strip=True) for e in soup.select(".error-message"))


@pytest.mark.django_db
def test_valid_pdf_is_stored_with_its_text_and_page_count(admin_client):
    text = "Integrierte Planung braucht Vertrauen zwischen den Ämtern."
    response = upload(admin_client, "bericht.pdf", pdf_bytes(text))
    assert response.status_code == 302
    document = PortalDocument.objects.get()
    assert "Vertrauen zwischen den Ämtern" in document.extracted_text
    assert document.page_count == 1
    assert not document.text_extraction_failed


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "setup.exe",
            b"MZ\x90\x00" + b"\x00" * 60,
            "„setup.exe“ kann nicht hochgeladen werden: erlaubt sind nur PDF, DOCX",
        ),
        (
            "notizen.txt",
            b"Nur Text",
            "„notizen.txt“ kann nicht hochgeladen werden: erlaubt sind nur PDF",
        ),
        (
            "rechnung.pdf",
            b"MZ\x90\x00" + b"\x00" * 60,
            "„rechnung.pdf“ ist ein Programm; Programme werden nicht angenommen.",
        ),
    ],
)
def test_refused_files_get_a_clear_german_error(admin_client, name, content, message):
    response = upload(admin_client, name, content)
    assert response.status_code == 200
    assert message in file_errors(response)
    assert "Dateiendung „“" not in file_errors(response)
    assert not PortalDocument.objects.exists()


@pytest.mark.django_db
def test_oversize_file_is_refused_with_the_limit_named(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload(admin_client, "gross.pdf", pdf_bytes("x" * 4000))
    assert response.status_code == 200
    errors = file_errors(response)
    assert "Die Datei ist zu groß" in errors and "1,0\xa0KB" in errors
    assert "Dateiendung" not in errors
    assert not PortalDocument.objects.exists()


@pytest.mark.django_db
def test_corrupt_pdf_is_stored_but_flagged(admin_client):
    response = upload(admin_client, "kaputt.pdf", b"%PDF-1.4\n1 0 obj << kaputt")
    assert response.status_code == 302
    document = PortalDocument.objects.get()
    assert document.text_extraction_failed
    assert document.extracted_text == ""


@pytest.mark.django_db
def test_other_formats_are_stored_without_extraction(admin_client):
    response = upload(admin_client, "daten.csv", b"Kommune;Anzahl\nAugsburg;3\n")
    assert response.status_code == 302
    document = PortalDocument.objects.get()
    assert document.extracted_text == "" and not document.text_extraction_failed


@pytest.mark.django_db
def test_replacing_the_file_extracts_the_new_text(admin_client):
    document = DocumentFactory(file__data=pdf_bytes("Alter Inhalt"))
    response = admin_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": document.title,
            "file": SimpleUploadedFile("neu.pdf", pdf_bytes("Neuer Inhalt")),
            "collection": document.collection_id,
            "language": "de",
        },
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert "Neuer Inhalt" in document.extracted_text


@pytest.mark.django_db
def test_editing_metadata_does_not_extract_again(admin_client, monkeypatch):
    document = DocumentFactory()
    calls = []

    class RecordingTask:
        def enqueue(self, pk):
            calls.append(pk)

    monkeypatch.setattr("core.signals.extract_document_text", RecordingTask())
    response = admin_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": "Neuer Titel",
            "collection": document.collection_id,
            "language": "de",
            "description": "Mehr dazu",
        },
    )
    assert response.status_code == 302
    assert calls == []


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Schü\u2010\nlerinnen", "Schülerinnen"),
        ("Bildungs-\nplanung", "Bildungsplanung"),
        ("Kinder-\nund Jugendhilfe", "Kinder-\nund Jugendhilfe"),
        ("KLAR-\nSystem", "KLAR-\nSystem"),
        ("Ende.\nNeuer Satz", "Ende.\nNeuer Satz"),
    ],
)
def test_hyphenated_line_breaks_are_joined(text, joined):
    assert join_hyphenated(text) == joined
