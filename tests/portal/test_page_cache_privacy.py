"""Cached feeds and JSON-LD follow a practice out of public view at once:
a restriction on its city page, a move into a restricted city and deletes."""

import pytest

from tests.open_content import (
    delete_city,
    delete_practice,
    feed_entries,
    move_to_restricted_city,
    restrict_city,
)

PRACTICE = "Integriertes Sozialmanagement"
DOSSIER_URL = "/themendossiers/integrierte-bildungsplanung/"


pytestmark = pytest.mark.usefixtures("page_cache")


CHANGES = [restrict_city, move_to_restricted_city, delete_practice, delete_city]


@pytest.mark.parametrize("change", CHANGES)
def test_the_cached_feed_drops_the_practice(client, open_content, change):
    assert client.get("/feeds/praxisprofile.rss").status_code == 200  # stored
    change(open_content)

    titles = [
        title for title, _ in feed_entries(client.get("/feeds/praxisprofile.rss"))
    ]
    assert PRACTICE not in titles


@pytest.mark.parametrize("change", CHANGES)
def test_the_cached_dossier_json_ld_drops_the_practice(client, open_content, change):
    assert PRACTICE in client.get(DOSSIER_URL).content.decode()  # stored
    change(open_content)

    assert PRACTICE not in client.get(DOSSIER_URL).content.decode()
