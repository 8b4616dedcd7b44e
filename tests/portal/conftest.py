import importlib
import sys

import pytest

from tests.members.conftest import member_area  # noqa: F401 (confidentiality tests)


@pytest.fixture(autouse=True)
def _fresh_media(settings, tmp_path):
    # Uploads land in a throwaway folder.
    settings.MEDIA_ROOT = tmp_path / "media"


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
