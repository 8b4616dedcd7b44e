"""A request reads each cache version once from the shared cache, and sees its
own changes at once."""

from unittest import mock

import pytest
from django.core.cache import cache

from core.cache import (
    LISTINGS,
    MENU,
    VERSION_KEY,
    bump,
    cached,
    request_versions,
    tag_versions,
)
from tests.practices.conftest import approaches, practice_tree  # noqa: F401


@pytest.fixture
def reads():
    """The shared cache's round trips, counted by method (the test cache's
    get_many asks get for each key; Redis answers it in one)."""
    counts = {"get": 0, "get_many": 0}
    inside = []

    def counting(name):
        method = getattr(cache, name)

        def counted(*args, **kwargs):
            counts[name] += not inside
            inside.append(name)
            try:
                return method(*args, **kwargs)
            finally:
                inside.pop()

        return counted

    with (
        mock.patch.object(cache, "get", counting("get")),
        mock.patch.object(cache, "get_many", counting("get_many")),
    ):
        yield counts


def test_a_version_is_read_once_per_request(reads):
    with request_versions():
        first = tag_versions((LISTINGS, MENU))
        reads.update(get=0, get_many=0)
        assert tag_versions((MENU,)) == {key: first[key] for key in ("global", MENU)}
        assert tag_versions((LISTINGS,))["listings"] == first[LISTINGS]
    assert reads == {"get": 0, "get_many": 0}


def test_a_change_in_the_request_is_read_afresh(db):
    with request_versions():
        before = tag_versions((LISTINGS,))
        bump(LISTINGS)
        assert tag_versions((LISTINGS,))[LISTINGS] != before[LISTINGS]


def test_the_next_request_reads_another_servers_change():
    with request_versions():
        before = tag_versions(())
    cache.set(VERSION_KEY, "von-einem-anderen-server", timeout=None)
    with request_versions():
        assert tag_versions(())["global"] == "von-einem-anderen-server" != before


def test_outside_a_request_every_read_asks_the_shared_cache():
    before = tag_versions(())
    cache.set(VERSION_KEY, "von-einem-anderen-server", timeout=None)
    assert tag_versions(())["global"] == "von-einem-anderen-server" != before


def test_a_cached_value_is_read_once_per_request(reads):
    built = []
    with request_versions():
        first = cached("portal:probe", lambda: built.append(1) or "wert", 60)
        reads.update(get=0, get_many=0)
        assert cached("portal:probe", lambda: "anders", 60) == first == "wert"
    assert reads == {"get": 0, "get_many": 0}
    assert built == [1]


def test_a_practice_page_reads_the_shared_cache_at_most_12_times(
    client,
    practice_tree,  # noqa: F811
    reads,
):
    # A visitor with a session: the page is rendered, not taken from the page
    # cache. Each version and value read anew cost 27 round trips.
    client.cookies["sessionid"] = "besuch-mit-sitzung"
    url = practice_tree["ism"].url
    client.get(url)
    reads.update(get=0, get_many=0)
    assert client.get(url).status_code == 200
    assert reads["get"] + reads["get_many"] <= 12, reads
