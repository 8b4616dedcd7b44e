"""Hostile image uploads are refused with a German message; documents served safely."""

import io
import struct
import zlib

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.portal.factories import DocumentFactory, pdf_bytes

Image = get_image_model()


def png_bytes(width=40, height=30):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "#0b5a73").save(buffer, "PNG")
    return buffer.getvalue()


def png_header_claiming(width, height):
    """A tiny PNG whose header claims a huge canvas: a decompression bomb."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


SVG_WITH_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
)


def upload_image(admin_client, name, content):
    return admin_client.post(
        "/admin/images/add/",
        {
            "title": "Titelbild",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def field_errors(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(e.get_text(" ", strip=True) for e in soup.select(".error-message"))


@pytest.mark.django_db
def test_ordinary_image_is_accepted(admin_client):
    response = upload_image(admin_client, "foto.png", png_bytes())
    assert response.status_code == 302
    assert Image.objects.get().width == 40


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "bombe.png",
            png_header_claiming(60_000, 60_000),
            "Dieses Bild hat zu viele Pixel",
        ),
        ("grafik.svg", SVG_WITH_SCRIPT, "Nicht unterstütztes Bildformat"),
        ("grafik.png", SVG_WITH_SCRIPT, "Kein gültiges .png-Bild"),
        ("setup.exe", b"MZ\x90\x00" + b"\x00" * 200, "kein Bild oder ist defekt"),
    ],
)
def test_hostile_image_is_refused_with_a_german_message(
    admin_client, name, content, message
):
    response = upload_image(admin_client, name, content)
    assert response.status_code == 200
    assert message in field_errors(response)
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_image_with_more_pixels_than_allowed_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1000
    response = upload_image(admin_client, "gross.png", png_bytes(50, 50))
    assert "Dieses Bild hat zu viele Pixel (2500). Das Maximum ist 1000." in (
        field_errors(response)
    )
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_oversize_image_file_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    response = upload_image(admin_client, "foto.png", png_bytes())
    assert "Die Datei ist zu groß" in field_errors(response)
    assert not Image.objects.exists()


def test_pillow_keeps_its_decompression_bomb_limit():
    assert PILImage.MAX_IMAGE_PIXELS is not None
    assert PILImage.MAX_IMAGE_PIXELS >= 40_000_000


@pytest.mark.django_db
def test_spreadsheet_downloads_as_attachment_never_sniffed(client, home_page):
    document = DocumentFactory(
        file__filename="daten.csv", file__data=b"=HYPERLINK(1);2\n"
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.django_db
def test_pdf_opens_inline_but_cannot_run_scripts(client, home_page):
    document = DocumentFactory(file__filename="bericht.pdf", file__data=pdf_bytes("x"))
    response = client.get(document.url)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Security-Policy"] == "default-src 'none'"
