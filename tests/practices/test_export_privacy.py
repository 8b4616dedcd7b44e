"""The open-data export follows a practice out of public view: unpublishing,
a view restriction on it or its city page, a move into a restricted city and a
delete, and never serves the older file in between."""

import csv
import io

import pytest

from practices.export import write_export
from tests.open_content import (
    delete_city,
    delete_practice,
    move_to_restricted_city,
    restrict_city,
    restrict_practice,
    unpublish,
)

PRACTICE = "Integriertes Sozialmanagement"


def titles(client):
    response = client.get("/daten/praxisprofile.csv")
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    return [row["titel"] for row in csv.DictReader(io.StringIO(content.decode()))]


CHANGES = [
    unpublish,
    restrict_practice,
    restrict_city,
    move_to_restricted_city,
    delete_practice,
    delete_city,
]


@pytest.mark.parametrize("change", CHANGES)
def test_the_rewritten_export_leaves_the_practice_out(
    client, open_content, change, django_capture_on_commit_callbacks
):
    write_export()
    with django_capture_on_commit_callbacks(execute=True):
        change(open_content)

    assert PRACTICE not in titles(client)


@pytest.mark.parametrize("change", CHANGES)
def test_the_older_export_is_not_served_before_the_rewrite(
    client, open_content, change
):
    write_export()
    change(open_content)  # the rewrite runs later, in the worker

    assert PRACTICE not in titles(client)
