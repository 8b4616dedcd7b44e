"""A city editor's upload waits for the network editors, like a practice page."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Collection, ModelLogEntry

from core.models import PortalDocument
from tests.downloads.factories import DownloadIndexPageFactory
from tests.factories import TagFactory
from tests.portal.factories import pdf_bytes
from tests.practices import build_tree, make_editor, practice_form_data

pytestmark = pytest.mark.django_db

TITLE = "Sozialatlas Mannheim"
# Each listing links the document's own URL (the search marks up the title).
PUBLIC_LISTINGS = {
    "downloads": "/downloads/",
    "search": "/suche/?q=Sozialatlas",
    "api": "/api/v2/documents/",
    "tag": "/schlagwort/quartier/",
}
DENIED_MESSAGE = "Sie haben leider keinen Zugang zu diesem Bereich."


@pytest.fixture
def tree(home_page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    DownloadIndexPageFactory(parent=home_page)
    TagFactory(name="Quartier")
    return build_tree(home_page)


@pytest.fixture
def city_editor(tree):
    return make_editor("mannheim", "Redaktion Mannheim")


@pytest.fixture
def network_editor(tree):
    return make_editor("netzwerk", "Netzwerkredaktion")


def upload(client, user, collection):
    client.force_login(user)
    response = client.post(
        "/admin/documents/add/",
        {
            "title": TITLE,
            "file": SimpleUploadedFile("atlas.pdf", pdf_bytes("Quartiersdaten")),
            "collection": collection.pk,
            "tags": "Quartier",
            "language": "de",
        },
    )
    assert response.status_code == 302
    client.logout()
    return PortalDocument.objects.get(title=TITLE)


@pytest.fixture
def city_upload(client, city_editor):
    return upload(client, city_editor, Collection.objects.get(name="Mannheim"))


def release_url(*documents):
    ids = "&".join(f"id={document.pk}" for document in documents)
    return f"/admin/bulk/portal/portaldocument/release/?{ids}&next=/admin/"


@pytest.mark.parametrize("listing", PUBLIC_LISTINGS)
def test_a_city_editors_upload_stays_out_of_public_listings(
    client, city_upload, listing
):
    response = client.get(PUBLIC_LISTINGS[listing])

    assert response.status_code == 200
    assert city_upload.url not in response.content.decode()


@pytest.mark.parametrize("listing", PUBLIC_LISTINGS)
def test_a_released_upload_appears_in_public_listings(
    client, city_upload, network_editor, listing
):
    client.force_login(network_editor)
    client.post(release_url(city_upload))
    client.logout()

    response = client.get(PUBLIC_LISTINGS[listing])

    assert city_upload.url in response.content.decode()


def test_release_records_who_released_and_logs_it(client, city_upload, network_editor):
    client.force_login(network_editor)

    response = client.post(release_url(city_upload))

    city_upload.refresh_from_db()
    assert response.status_code == 302
    assert city_upload.released_by == network_editor
    assert city_upload.released_at is not None
    entry = ModelLogEntry.objects.get(action="portal.document.release")
    assert (entry.user, entry.object_id) == (network_editor, str(city_upload.pk))


@pytest.mark.parametrize("listing", PUBLIC_LISTINGS)
def test_a_network_editors_upload_is_public_at_once(client, network_editor, listing):
    document = upload(client, network_editor, Collection.get_first_root_node())

    response = client.get(PUBLIC_LISTINGS[listing])

    assert document.url in response.content.decode()


def test_a_city_editor_cannot_release(client, city_upload, city_editor):
    client.force_login(city_editor)

    response = client.post(release_url(city_upload), follow=True)

    city_upload.refresh_from_db()
    assert not city_upload.is_released
    assert DENIED_MESSAGE in response.content.decode()


def test_a_city_editors_release_request_by_script_gets_403(
    client, city_upload, city_editor
):
    client.force_login(city_editor)

    response = client.post(
        release_url(city_upload), headers={"x-requested-with": "XMLHttpRequest"}
    )

    city_upload.refresh_from_db()
    assert response.status_code == 403
    assert not city_upload.is_released


def test_replacing_the_file_withdraws_a_city_editors_release(
    client, city_upload, city_editor, network_editor
):
    client.force_login(network_editor)
    client.post(release_url(city_upload))
    client.force_login(city_editor)

    client.post(
        f"/admin/documents/edit/{city_upload.pk}/",
        {
            "title": TITLE,
            "file": SimpleUploadedFile("atlas.pdf", pdf_bytes("Ganz anderer Inhalt")),
            "collection": city_upload.collection_id,
            "language": "de",
        },
    )

    city_upload.refresh_from_db()
    assert not city_upload.is_released


def test_visitors_get_404_for_an_unreleased_file(client, city_upload):
    response = client.get(city_upload.url)

    assert response.status_code == 404


def test_the_uploader_can_open_the_unreleased_file(client, city_upload, city_editor):
    client.force_login(city_editor)

    response = client.get(city_upload.url)

    assert response.status_code == 200


def test_approving_a_practice_releases_its_downloads(
    client, tree, city_upload, network_editor
):
    practice = tree.mannheim_practice
    client.force_login(network_editor)
    client.post(
        f"/admin/pages/{practice.pk}/edit/",
        practice_form_data(
            tree.approach,
            practice.title,
            practice.slug,
            **{
                "downloads-TOTAL_FORMS": "1",
                "downloads-0-document": city_upload.pk,
                "downloads-0-ORDER": "1",
                "action-publish": "1",
            },
        ),
    )
    client.logout()

    page = client.get(practice.url).content.decode()
    served = client.get(city_upload.url)

    assert TITLE in page
    assert served.status_code == 200
    assert city_upload.url in client.get("/downloads/").content.decode()


def test_network_editors_see_uploads_awaiting_release_on_the_dashboard(
    client, city_upload, network_editor
):
    client.force_login(network_editor)

    response = client.get("/admin/")

    assert "Dokumente zur Freigabe" in response.content.decode()
    assert TITLE in response.content.decode()


def test_city_editors_get_no_release_panel(client, city_upload, city_editor):
    client.force_login(city_editor)

    response = client.get("/admin/")

    assert "Dokumente zur Freigabe" not in response.content.decode()
