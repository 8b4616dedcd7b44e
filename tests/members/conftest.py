import pytest
from django.contrib.auth import get_user_model

from members.access import members_collection, members_group
from tests.members.factories import MeetingMaterialPageFactory, MemberAreaPageFactory
from tests.portal.factories import DocumentFactory


@pytest.fixture(autouse=True)
def _fresh_media(settings, tmp_path):
    # Uploads land in a throwaway folder.
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def member(db):
    user = get_user_model().objects.create_user("mitglied", password="geheim-12345")
    user.groups.add(members_group())
    return user


@pytest.fixture
def outsider(db):
    return get_user_model().objects.create_user("gast", password="geheim-12345")


@pytest.fixture
def member_area(home_page):
    """/intern/ with one meeting page and one private document."""
    area = MemberAreaPageFactory(parent=home_page)
    document = DocumentFactory(
        title="Vertrauliches Protokoll",
        collection=members_collection(),
        file__filename="protokoll.pdf",
    )
    meeting = MeetingMaterialPageFactory(
        parent=area,
        title="Treffen im Mai",
        slug="treffen-im-mai",
        body=[
            {
                "type": "downloads",
                "value": {"heading": "Material", "documents": [document.pk]},
            }
        ],
    )
    return {"area": area, "meeting": meeting, "document": document}
