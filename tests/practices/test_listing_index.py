"""The practice facet index follows publishes without being rebuilt."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import pagechanges
from practices.listing import build_index, practice_facet_index, visible_practices
from practices.models import PracticePage
from tests.factories import PracticePageFactory
from tests.practices.test_listing import option_counts, titles


def full_reads(queries):
    """Queries that read the topics of every practice: a rebuild."""
    return [
        query["sql"]
        for query in queries
        if 'FROM "practices_taggedpractice"' in query["sql"]
        and " IN (" not in query["sql"]
    ]


@pytest.fixture
def listed(client, practice_tree):
    """The tree with publication dates, as published practices have, and the
    listing's index built once."""
    start = timezone.now() - datetime.timedelta(days=30)
    for days, page in enumerate(PracticePage.objects.order_by("pk")):
        published = start + datetime.timedelta(days=days)
        PracticePage.objects.filter(pk=page.pk).update(first_published_at=published)
    client.get("/praxis/")
    return practice_tree


def publish_new(parent, approaches, title="Neu im Netz"):
    page = PracticePageFactory(
        parent=parent, title=title, live=False, approaches=approaches
    )
    page.save_revision().publish()
    return page


def test_a_publish_shows_in_the_counts_without_a_rebuild(client, listed, approaches):
    publish_new(listed["mannheim"], [approaches["datenbasiert"]])
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/praxis/", {"stadt": "mannheim"})
    assert "Neu im Netz" in titles(response)
    assert option_counts(response, "ansatz")["datenbasiert"] == "(2)"
    assert option_counts(response, "stadt")["mannheim"] == "(3)"
    assert full_reads(queries) == []


def test_an_unpublished_practice_leaves_without_a_rebuild(client, listed):
    listed["ism"].unpublish()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/praxis/")
    assert "Integriertes Sozialmanagement" not in titles(response)
    assert option_counts(response, "stadt")["mannheim"] == "(1)"
    assert full_reads(queries) == []


def test_the_replayed_index_equals_a_rebuilt_one(client, listed, approaches):
    publish_new(listed["augsburg"], [approaches["partizipativ"]], "Neu A")
    listed["quarter"].unpublish()
    changed = PracticePage.objects.get(pk=listed["ism"].pk)
    changed.approaches = [approaches["partizipativ"]]
    changed.save_revision().publish()
    publish_new(listed["mannheim"], [], "Neu B")

    replayed = practice_facet_index(listed["index"])
    rebuilt = build_index(visible_practices(listed["index"]))
    assert replayed.ids == rebuilt.ids
    for key, masks in rebuilt.masks.items():
        assert {v: m for v, m in replayed.masks[key].items() if m} == masks
    assert replayed.order("titel") == rebuilt.order("titel")


def test_a_move_makes_the_index_rebuild(client, listed):
    # A move may take a whole subtree along: no replay of single pages.
    listed["ism"].move(listed["augsburg"], pos="last-child")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/praxis/")
    assert len(titles(response)) == 3
    assert len(full_reads(queries)) == 1


def test_a_process_that_may_have_missed_changes_rebuilds(
    client, listed, approaches, monkeypatch
):
    # The rows it has not read are kept no longer than it has not looked.
    monkeypatch.setattr(pagechanges, "KEEP", datetime.timedelta(0))
    publish_new(listed["mannheim"], [approaches["datenbasiert"]])
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/praxis/")
    assert "Neu im Netz" in titles(response)
    assert len(full_reads(queries)) == 1


def test_more_changes_than_worth_replaying_rebuild(client, listed, monkeypatch):
    monkeypatch.setattr(pagechanges, "REPLAY_LIMIT", 1)
    listed["ism"].unpublish()
    listed["quarter"].unpublish()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/praxis/")
    assert titles(response) == ["Bildungsmonitoring"]
    assert len(full_reads(queries)) == 1
