import importlib
import sys

import pytest
from django.contrib.auth import get_user_model

from core.members import members_collection, members_group
from tests.portal.factories import (
    DocumentFactory,
    MeetingMaterialPageFactory,
    MemberAreaPageFactory,
)


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


# Only parsed, never connected to: production.py refuses SQLite.
PRODUCTION_DATABASE_URL = "postgres://portal@db.internal:5432/portal"


def load_production_settings(monkeypatch, **environment):
    """Import production.py afresh with `environment` (base.py reads it at import);
    a value of None unsets the variable."""
    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    monkeypatch.setenv("DATABASE_URL", PRODUCTION_DATABASE_URL)
    for name, value in environment.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    names = ("portal.settings.base", "portal.settings.production")
    saved = {name: sys.modules.pop(name, None) for name in names}
    try:
        return importlib.import_module("portal.settings.production")
    finally:
        for name, module in saved.items():
            sys.modules.pop(name, None)
            if module is not None:
                sys.modules[name] = module
