"""The generated dossier PDF follows what it embeds: a practice that was
unpublished, restricted, moved into a restricted section or deleted is never
downloaded from an older PDF, and the renewed PDF leaves it out."""

import io

import pytest
from wagtail.models import PageViewRestriction

from dossiers.models import GeneratedPdf
from tests.factories import CityPageFactory

PRACTICE = "Integriertes Sozialmanagement"


@pytest.fixture
def with_pdf(dossier_site, settings, tmp_path, django_capture_on_commit_callbacks):
    """The dossier published again, with its generated PDF."""
    settings.MEDIA_ROOT = tmp_path / "media"
    with django_capture_on_commit_callbacks(execute=True):
        dossier_site.current.save_revision().publish()
    return dossier_site


def pdf_text(response):
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    return "\n".join(page.extract_text().replace("-\n", "") for page in reader.pages)


def download(client, site):
    return client.get(f"/themendossiers/pdf/{site.current.pk}/")


def unpublish(site):
    site.ism.unpublish()


def restrict_practice(site):
    PageViewRestriction.objects.create(
        page=site.ism, restriction_type=PageViewRestriction.LOGIN
    )


def restrict_city(site):
    PageViewRestriction.objects.create(
        page=site.ism.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )


def move_to_restricted_city(site):
    hidden = CityPageFactory(
        parent=site.ism.get_parent().get_parent(), city__name="Intern", city__slug="x"
    )
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.LOGIN
    )
    site.ism.move(hidden, pos="last-child")


def delete_practice(site):
    site.ism.delete()


def delete_city(site):
    site.ism.get_parent().delete()


CHANGES = [
    unpublish,
    restrict_practice,
    restrict_city,
    move_to_restricted_city,
    delete_practice,
    delete_city,
]


def test_an_unchanged_pdf_is_served_in_constant_queries(
    client, with_pdf, django_assert_max_num_queries
):
    download(client, with_pdf)  # warms the cached restrictions
    with django_assert_max_num_queries(3):
        response = download(client, with_pdf)

    assert response["Content-Type"] == "application/pdf"
    assert PRACTICE in pdf_text(response)


@pytest.mark.parametrize("change", CHANGES)
def test_a_pdf_embedding_a_hidden_practice_is_refused(client, with_pdf, change):
    change(with_pdf)  # its renewal runs later, in the worker

    response = download(client, with_pdf)

    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/html")
    assert "wird gerade neu erstellt" in response.content.decode()
    assert PRACTICE.encode() not in response.content


@pytest.mark.parametrize("change", CHANGES)
def test_the_renewed_pdf_leaves_the_hidden_practice_out(
    client, with_pdf, change, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        change(with_pdf)

    response = download(client, with_pdf)

    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response)
    assert PRACTICE not in text
    assert "Datenbasiert planen" in text  # the chapter stays


def test_a_stale_download_queues_the_renewal(
    client, with_pdf, django_capture_on_commit_callbacks
):
    GeneratedPdf.objects.filter(dossier=with_pdf.current).update(fingerprint="alt")

    with django_capture_on_commit_callbacks(execute=True):
        assert download(client, with_pdf).status_code == 503

    assert PRACTICE in pdf_text(download(client, with_pdf))
