"""The read-only API at /api/v2/ answers with public, live content only."""

import pytest
from django.contrib.auth import get_user_model

from members.access import members_collection, members_group
from tests.factories import PersonFactory, PracticePageFactory
from tests.open_content import SECRET, make_image


def api(client, path, **params):
    response = client.get(f"/api/v2/{path}", params)
    assert response.status_code == 200, response.content
    return response.json()


def titles(data):
    return {item["title"] for item in data["items"]}


def test_pages_listing_leaves_out_drafts_and_restricted_pages(client, open_content):
    data = api(client, "pages/", limit=50)
    assert "Integriertes Sozialmanagement" in titles(data)
    assert "Hinterstadt" not in titles(data)
    assert "Interner Bereich" not in titles(data)
    assert not [title for title in titles(data) if SECRET in title]
    assert data["meta"]["total_count"] == len(data["items"])


def test_logged_in_member_sees_no_more_than_the_public(client, open_content):
    user = get_user_model().objects.create_user("mitglied", password="x-12345678")
    user.groups.add(members_group())
    client.force_login(user)
    assert not [t for t in titles(api(client, "pages/", limit=50)) if SECRET in t]
    assert not [t for t in titles(api(client, "documents/")) if SECRET in t]


@pytest.mark.parametrize("key", ["draft", "private", "meeting", "hidden_city"])
def test_hidden_page_detail_is_not_found(client, open_content, key):
    page = getattr(open_content, key)
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_practice_detail_has_city_tags_and_public_contact_role(client, open_content):
    data = api(client, f"pages/{open_content.practice.pk}/")
    assert data["meta"]["type"] == "practices.PracticePage"
    assert data["city"]["name"] == "Mannheim"
    assert data["city"]["latitude"] == pytest.approx(49.48776)
    assert data["city"]["html_url"] == "http://testserver/praxis/mannheim/"
    assert data["approaches"] == [{"name": "datenbasiert", "slug": "datenbasiert"}]
    assert data["topics"] == [
        {"name": "Bildungsmonitoring", "slug": "bildungsmonitoring"}
    ]
    assert data["contacts"] == [
        {
            "name": "Heike Fleischmann",
            "role": "Bildungsplanerin",
            "organisation": "",
            "city": "Mannheim",
        }
    ]
    assert data["start_year"] == 2019


def test_contact_details_appear_only_when_the_person_agreed(client, open_content):
    open_content.contact.public_contact = True
    open_content.contact.save()
    data = api(client, f"pages/{open_content.practice.pk}/")
    assert data["contacts"][0]["email"] == "heike@example.org"
    assert data["contacts"][0]["phone"] == "0621 293"


def test_dossier_lists_only_public_embedded_practices(client, open_content):
    data = api(client, f"pages/{open_content.dossier.pk}/")
    assert data["issue_number"] == 7
    assert [p["title"] for p in data["practices"]] == ["Integriertes Sozialmanagement"]
    assert data["topics"][0]["slug"] == "bildungsmonitoring"


def test_report_detail_names_its_kind_and_date(client, open_content):
    data = api(client, f"pages/{open_content.report.pk}/")
    assert data["kind"]["is_event"] is True
    assert data["date"] == "2024-05-14"
    assert data["place"] == "Mannheim"


def test_listing_by_type_with_all_fields_stays_in_few_queries(
    client, open_content, django_assert_max_num_queries
):
    for _ in range(5):
        practice = PracticePageFactory(
            parent=open_content.mannheim, approaches=[open_content.approach]
        )
        practice.tags.add(open_content.topic)
        practice.contacts.create(person=PersonFactory())
        practice.save_revision().publish()
    with django_assert_max_num_queries(15):
        data = api(client, "pages/", type="practices.PracticePage", fields="*")
    assert len(data["items"]) == 6


def test_documents_leave_out_private_collections(client, open_content):
    data = api(client, "documents/", fields="*")
    assert titles(data) == {"Bildungsbericht 2023"}
    assert data["items"][0]["city"]["name"] == "Mannheim"
    private = open_content.private_document
    assert client.get(f"/api/v2/documents/{private.pk}/").status_code == 404


def test_images_leave_out_private_collections(client, open_content):
    make_image("Rathaus")
    make_image(f"{SECRET} Foto", members_collection())
    assert titles(api(client, "images/")) == {"Rathaus"}


def test_page_size_is_capped(client, open_content):
    response = client.get("/api/v2/pages/", {"limit": 51})
    assert response.status_code == 400
    assert "limit cannot be higher than 50" in response.json()["message"]


def test_offset_past_the_end_lists_nothing(client, open_content):
    data = api(client, "pages/", offset=10**23)
    assert data["items"] == []
    assert data["meta"]["total_count"] > 0


@pytest.mark.parametrize(
    "query",
    [
        {"type": "practices.PracticePage", "approaches": "datenbasiert"},
        {"type": "practices.PracticePage", "last_reviewed": "gestern"},
    ],
)
def test_filter_values_of_the_wrong_kind_are_a_bad_request(client, open_content, query):
    response = client.get("/api/v2/pages/", query)
    assert response.status_code == 400
    assert response.json()["message"].startswith("invalid filter value")


@pytest.mark.parametrize("value", ["\x00", "a\x00b", "de\x00"])
def test_a_nul_byte_in_a_filter_is_a_bad_request(client, open_content, value):
    # PostgreSQL refuses the NUL: the locale filter used to be a 500 there.
    response = client.get("/api/v2/pages/", {"locale": value})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"


def test_api_is_read_only_and_open_to_other_origins(client, open_content):
    assert client.post("/api/v2/pages/", {}).status_code == 405
    response = client.get("/api/v2/pages/")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Content-Type"] == "application/json"


def test_wagtail_search_is_off_in_the_api(client, open_content):
    response = client.get("/api/v2/pages/", {"search": "Sozialmanagement"})
    assert response.status_code == 400
