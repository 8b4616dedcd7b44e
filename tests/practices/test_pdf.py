"""The PDF of a single practice profile at <page>/pdf/."""

import io

import pypdf
import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from practices.models import PracticeContact
from tests.factories import PersonFactory, PracticePageFactory


@pytest.fixture
def profile(practice_tree):
    """The ISM profile with a section, one public and one private contact."""
    page = practice_tree["ism"]
    page.situation = "<p>Die Schulen im Quartier brauchten gemeinsame Daten.</p>"
    page.save_revision().publish()
    public = PersonFactory(
        name="Anna Offen", email="anna.offen@mannheim.de", public_contact=True
    )
    private = PersonFactory(
        name="Bernd Still",
        email="bernd.still@privat.example",
        phone="0621 999 12 34",
        public_contact=False,
    )
    PracticeContact.objects.create(page=page, person=public, sort_order=0)
    PracticeContact.objects.create(page=page, person=private, sort_order=1)
    return page


def pdf_text(response):
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_profile_pdf_is_served_as_pdf(client, profile):
    response = client.get(profile.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert response["Content-Disposition"] == (
        'inline; filename="praxisprofil-mannheim-integriertes-sozialmanagement.pdf"'
    )


def test_pdf_holds_title_city_approaches_sections_and_source(client, profile):
    text = pdf_text(client.get(profile.url + "pdf/"))
    assert "Integriertes Sozialmanagement" in text
    assert "Mannheim" in text
    assert "datenbasiert" in text
    assert "Ausgangslage" in text
    assert "gemeinsame Daten" in text
    assert "Zuletzt geprüft" in text
    assert f"http://testserver{profile.url}" in text.replace("\n", "")


def test_pdf_shows_public_contact_data_only(client, profile):
    text = pdf_text(client.get(profile.url + "pdf/"))
    assert "Anna Offen" in text
    assert "anna.offen@mannheim.de" in text
    assert "Bernd Still" in text  # the name is on the page too
    assert "bernd.still@privat.example" not in text
    assert "999" not in text


def test_draft_has_no_pdf(client, practice_tree):
    draft = PracticePageFactory(
        parent=practice_tree["mannheim"], title="Entwurf", slug="entwurf", live=False
    )
    response = client.get("/praxis/mannheim/entwurf/pdf/")
    assert response.status_code == 404
    assert draft.pk


def test_private_page_has_no_pdf_not_even_a_login_detour(client, practice_tree):
    page = practice_tree["quarter"]
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert client.get(page.url + "pdf/").status_code == 404


def test_page_below_a_restricted_city_has_no_pdf(client, practice_tree):
    PageViewRestriction.objects.create(
        page=practice_tree["mannheim"], restriction_type="login"
    )
    assert client.get(practice_tree["ism"].url + "pdf/").status_code == 404


def test_unknown_sub_route_is_404(client, profile):
    assert client.get(profile.url + "druck/").status_code == 404


def test_browser_copy_still_current_gets_304(client, profile):
    first = client.get(profile.url + "pdf/")
    assert first["Last-Modified"]
    again = client.get(profile.url + "pdf/", headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""


def test_publishing_again_changes_the_etag(client, profile):
    first = client.get(profile.url + "pdf/")
    profile.title = "Sozialmanagement, neu"
    profile.save_revision().publish()
    again = client.get(profile.url + "pdf/", headers={"if-none-match": first["ETag"]})
    assert again.status_code == 200
    assert "Sozialmanagement, neu" in pdf_text(again)


def test_practice_page_links_its_pdf(client, profile):
    soup = BeautifulSoup(client.get(profile.url).content, "html.parser")
    link = soup.find("a", string="Als PDF herunterladen")
    assert link["href"] == profile.url + "pdf/"


def test_practice_page_itself_still_routes_in_one_lookup(
    client, profile, django_assert_max_num_queries
):
    client.get(profile.url)
    with django_assert_max_num_queries(20):
        assert client.get(profile.url).status_code == 200


def test_renders_per_address_are_limited_but_cached_copies_are_not(
    client, practice_tree, monkeypatch
):
    from practices import pdf

    monkeypatch.setattr(pdf, "RENDER_LIMIT", 1)
    assert client.get(practice_tree["ism"].url + "pdf/").status_code == 200
    assert client.get(practice_tree["ism"].url + "pdf/").status_code == 200
    refused = client.get(practice_tree["quarter"].url + "pdf/")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "600"
