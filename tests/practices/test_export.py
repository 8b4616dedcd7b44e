"""The practice catalogue as open data: rows, columns, licence, privacy, refresh."""

import csv
import io
import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from practices.export import COLUMNS, export_path, export_rows, write_export
from tests.factories import (
    ApproachFactory,
    PersonFactory,
    PracticePageFactory,
    TagFactory,
)
from tests.markup import FORMULA_FORMS
from tests.open_content import SECRET


def body(response):
    assert response.status_code == 200
    if response.streaming:  # served from the stored file
        return b"".join(response.streaming_content)
    return response.content


def csv_rows(client):
    text = body(client.get("/daten/praxisprofile.csv")).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def json_document(client):
    return json.loads(body(client.get("/daten/praxisprofile.json")))


def test_csv_has_one_row_per_public_practice_with_all_columns(client, open_content):
    write_export()
    rows = csv_rows(client)
    assert [row["titel"] for row in rows] == ["Integriertes Sozialmanagement"]
    row = rows[0]
    assert list(row) == [key for key, _ in COLUMNS]
    assert row["url"] == "http://testserver/praxis/mannheim/ism/"
    assert row["kommune"] == "Mannheim"
    assert row["bundesland"] == "Baden-Württemberg"
    assert row["ansaetze"] == "datenbasiert"
    assert row["themen"] == "Bildungsmonitoring"
    assert row["status"] == "laufend"
    assert row["beginn"] == "2019"
    assert row["ende"] == ""
    assert row["ansprechpersonen"] == "Heike Fleischmann (Bildungsplanerin)"


def test_private_contact_details_never_appear(client, open_content):
    write_export()
    assert csv_rows(client)[0]["kontakt"] == ""
    person = json_document(client)["praxisprofile"][0]["ansprechpersonen"][0]
    assert person == {
        "name": "Heike Fleischmann",
        "funktion": "Bildungsplanerin",
        "organisation": None,
    }
    for url in ("/daten/praxisprofile.csv", "/daten/praxisprofile.json"):
        content = body(client.get(url))
        assert b"heike@example.org" not in content
        assert b"0621" not in content


def test_public_contact_details_appear_when_agreed(client, open_content):
    open_content.contact.public_contact = True
    open_content.contact.save()
    write_export()
    assert csv_rows(client)[0]["kontakt"] == (
        "Heike Fleischmann: heike@example.org 0621 293"
    )


def test_json_states_licence_and_count(client, open_content):
    write_export()
    document = json_document(client)
    assert document["lizenz"]["id"] == "dl-de/by-2-0"
    assert document["lizenz"]["url"] == "https://www.govdata.de/dl-de/by-2-0"
    assert document["anzahl"] == 1 == len(document["praxisprofile"])
    assert not [p for p in document["praxisprofile"] if SECRET in p["titel"]]


@pytest.mark.parametrize(
    ("extension", "content_type"),
    [("csv", "text/csv; charset=utf-8"), ("json", "application/json")],
)
def test_files_name_their_licence_and_type(
    client, open_content, extension, content_type
):
    write_export()
    response = client.get(f"/daten/praxisprofile.{extension}")
    assert response["Content-Type"] == content_type
    assert response["Link"] == '<https://www.govdata.de/dl-de/by-2-0>; rel="license"'
    assert response["Access-Control-Allow-Origin"] == "*"


def test_missing_file_is_built_on_request(client, open_content):
    assert not default_storage.exists(export_path("csv"))
    assert [row["titel"] for row in csv_rows(client)] == [
        "Integriertes Sozialmanagement"
    ]
    assert default_storage.exists(export_path("csv"))


def test_unknown_format_is_not_found(client, open_content):
    assert client.get("/daten/praxisprofile.xml").status_code == 404


def test_publishing_a_practice_rewrites_the_files(
    client, open_content, django_capture_on_commit_callbacks
):
    write_export()
    with django_capture_on_commit_callbacks(execute=True):
        PracticePageFactory(
            parent=open_content.mannheim, title="Neue Praxis"
        ).save_revision().publish()
    titles = {row["titel"] for row in csv_rows(client)}
    assert titles == {"Integriertes Sozialmanagement", "Neue Praxis"}


def test_unpublishing_a_practice_removes_its_row(
    client, open_content, django_capture_on_commit_callbacks
):
    write_export()
    with django_capture_on_commit_callbacks(execute=True):
        open_content.practice.unpublish()
    assert csv_rows(client) == []


def test_formulas_in_titles_are_neutralised(client, open_content):
    practice = PracticePageFactory(parent=open_content.mannheim, title="=HYPERLINK(1)")
    practice.contacts.create(person=PersonFactory(name="@Mustermann"))
    practice.save_revision().publish()
    write_export()
    row = next(r for r in csv_rows(client) if "HYPERLINK" in r["titel"])
    assert row["titel"] == "'=HYPERLINK(1)"
    assert row["ansprechpersonen"] == "'@Mustermann (Bildungsplanerin)"


@pytest.mark.parametrize("start", FORMULA_FORMS)
def test_every_form_of_a_formula_in_a_title_is_neutralised(client, open_content, start):
    PracticePageFactory(
        parent=open_content.mannheim, title=f"{start} Augsburg", slug="formel"
    ).save_revision().publish()
    write_export()
    [title] = [r["titel"] for r in csv_rows(client) if r["titel"].endswith("Augsburg")]
    assert title.startswith("'"), repr(title)


def test_data_page_describes_the_files_and_the_licence(client, open_content):
    write_export()
    content = client.get("/daten/").content.decode()
    assert "Datenlizenz Deutschland – Namensnennung – Version 2.0" in content
    assert 'href="/daten/praxisprofile.csv"' in content
    assert "<code>ansprechpersonen</code>" in content


def test_practice_listing_links_the_data(client, open_content):
    content = client.get("/praxis/").content.decode()
    assert 'href="/daten/praxisprofile.csv"' in content
    assert 'href="/daten/"' in content


@pytest.fixture
def shared_storage(settings):
    """The media storage of several app servers (S3 in production), swapped in."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    return default_storage


def test_publishing_writes_the_files_to_the_shared_storage(
    client, open_content, shared_storage, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PracticePageFactory(
            parent=open_content.mannheim, title="Neue Praxis"
        ).save_revision().publish()
    assert sorted(shared_storage.listdir("opendata")[1]) == [
        "praxisprofile.csv",
        "praxisprofile.json",
    ]
    with shared_storage.open(export_path("json")) as stored:
        titles = {p["titel"] for p in json.load(stored)["praxisprofile"]}
    assert titles == {"Integriertes Sozialmanagement", "Neue Praxis"}


def test_rewriting_replaces_the_file_instead_of_adding_one(
    open_content, shared_storage
):
    write_export()
    write_export()
    assert sorted(shared_storage.listdir("opendata")[1]) == [
        "praxisprofile.csv",
        "praxisprofile.json",
    ]


@pytest.mark.parametrize(
    ("extension", "content_type"),
    [("csv", "text/csv; charset=utf-8"), ("json", "application/json")],
)
def test_view_serves_what_the_shared_storage_holds(
    client, open_content, shared_storage, extension, content_type
):
    # Written by another server: this one has nothing on its own disk.
    shared_storage.save(export_path(extension), ContentFile(b"vom anderen Server"))
    response = client.get(f"/daten/praxisprofile.{extension}")
    assert body(response) == b"vom anderen Server"
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == (
        f'inline; filename="praxisprofile.{extension}"'
    )
    assert response["Link"] == '<https://www.govdata.de/dl-de/by-2-0>; rel="license"'
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Last-Modified" in response


def test_data_page_shows_the_size_from_the_shared_storage(
    client, open_content, shared_storage
):
    shared_storage.save(export_path("csv"), ContentFile(b"x" * 2048))
    content = client.get("/daten/").content.decode()
    assert "(CSV, 2,0\xa0KB)" in content


def test_export_reads_a_constant_number_of_queries(
    open_content, django_assert_max_num_queries
):
    city_page = open_content.practice.get_parent()
    for number in range(30):
        PracticePageFactory(parent=city_page, title=f"Weitere Praxis {number}")
    with django_assert_max_num_queries(12):
        rows = export_rows()
    assert len(rows) == 31
    assert all(row["url"].startswith("http://testserver/praxis/") for row in rows)


def test_lists_in_a_row_keep_the_order_readers_see_on_the_page(open_content):
    practice = open_content.practice
    practice.approaches.add(ApproachFactory(name="partizipativ", sort_order=3))
    practice.approaches.add(ApproachFactory(name="sozialräumlich", sort_order=2))
    practice.tags.add(
        TagFactory(name="Armut"),
        TagFactory(name="Übergänge"),
        TagFactory(name="Zuwanderung"),
    )
    practice.departments.create(name="Jugendamt", number="51", sort_order=1)
    practice.departments.create(name="Bildungsbüro", sort_order=0)
    practice.save()
    row = next(row for row in export_rows() if row["id"] == practice.pk)
    assert row["ansaetze"] == ["datenbasiert", "sozialräumlich", "partizipativ"]
    # The page sorts by code point: "Z" before "Ü", whatever the collation.
    assert row["themen"] == ["Armut", "Bildungsmonitoring", "Zuwanderung", "Übergänge"]
    assert row["fachbereiche"] == ["Bildungsbüro", "Jugendamt (51)"]
