import pytest


@pytest.fixture(autouse=True)
def _fresh_media(settings, tmp_path):
    # Uploads land in a throwaway folder.
    settings.MEDIA_ROOT = tmp_path / "media"
