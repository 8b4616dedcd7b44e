"""Wagtail's own admin API (/admin/api/main/) serves the admin's choosers and
explorer; the public API's settings must not reach it."""

import pytest
from django.contrib.auth import get_user_model

from members.access import members_collection
from tests.open_content import make_image
from tests.portal.factories import DocumentFactory
from tests.practices import build_tree, make_editor


@pytest.fixture
def tree(home_page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    members_collection()  # a view-restricted collection, as on the live site
    return build_tree(home_page)


@pytest.fixture
def superuser(tree):
    return get_user_model().objects.create_superuser(
        "chefredaktion", "c@example.org", "geheim-123"
    )


@pytest.fixture
def city_editor(tree):
    return make_editor("mannheim", "Redaktion Mannheim")


ADMIN_API_PATHS = ["documents/", "documents/{document}/", "images/", "pages/"]


@pytest.mark.parametrize("user", ["superuser", "city_editor"])
@pytest.mark.parametrize("path", ADMIN_API_PATHS)
def test_admin_api_answers_logged_in_editors(client, request, tree, user, path):
    document = DocumentFactory(title="Bildungsbericht 2023")
    make_image("Rathaus")
    client.force_login(request.getfixturevalue(user))
    response = client.get(f"/admin/api/main/{path.format(document=document.pk)}")
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/json"


def test_admin_api_lists_the_documents_for_an_editor(client, tree, superuser):
    DocumentFactory(title="Bildungsbericht 2023")
    client.force_login(superuser)
    data = client.get("/admin/api/main/documents/").json()
    assert [item["title"] for item in data["items"]] == ["Bildungsbericht 2023"]


def test_admin_api_stays_closed_to_visitors(client, tree):
    response = client.get("/admin/api/main/documents/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
