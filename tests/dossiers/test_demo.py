import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from dossiers.models import DossierIndexPage, DossierPage, GeneratedPdf, PrintStock


def test_demo_builds_the_first_dossier_from_the_seed(demo_content):
    index = DossierIndexPage.objects.get()
    dossier = DossierPage.objects.live().get()

    assert index.url == "/themendossiers/" and index.show_in_menus
    assert dossier.full_title.startswith("Themendossier 1: Integrierte Bildungsplanung")
    assert dossier.print_available and dossier.max_per_order == 5
    assert PrintStock.objects.get(dossier=dossier).stock == 250
    embedded = [p.title for c in dossier.chapter_list() for p in c.practices]
    assert len(embedded) == 5
    assert "KLAR – Informations- und Steuerungssystem" in embedded


def test_demo_has_a_dispatch_account(demo_content):
    user = get_user_model().objects.get(username="versand")
    assert list(user.groups.values_list("name", flat=True)) == ["Versand"]


def test_demo_pages_render(client, demo_content):
    for url in (
        "/themendossiers/",
        "/themendossiers/integrierte-bildungsplanung/",
        "/themendossiers/bestellen/",
    ):
        assert client.get(url).status_code == 200, url


@pytest.mark.django_db
def test_demo_generates_the_pdf_after_its_transaction(
    monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-passwort-fuer-tests")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", stdout=io.StringIO())
    pdf = GeneratedPdf.objects.get()
    assert pdf.page_count >= 8
