"""The organisers' admin: registrations, exports, PDFs, attendance, deletion."""

import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from pypdf import PdfReader
from wagtail.models import GroupPagePermission

from meetings.models import Registration, RegistrationStatus
from tests.meetings.factories import MeetingPageFactory, RegistrationFactory, at
from tests.spreadsheets import csv_dicts

LIST = "/admin/anmeldungen/"


def user_with(*, publish, home_page):
    group = Group.objects.create(name=f"Gruppe {publish}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    codename = "publish_page" if publish else "change_page"
    GroupPagePermission.objects.create(
        group=group,
        page=home_page,
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        ),
    )
    user = get_user_model().objects.create_user(f"nutzer-{publish}")
    user.groups.add(group)
    return user


@pytest.fixture
def meeting(meeting_index):
    meeting = MeetingPageFactory(
        parent=meeting_index, title="Fachtag", slug="fachtag", capacity=10
    )
    RegistrationFactory(
        meeting=meeting,
        name="Erika Mustermann",
        organisation='=HYPERLINK("http://evil.example")',
        status=RegistrationStatus.CONFIRMED,
        accessibility_needs="Gebärdensprachdolmetschung",
    )
    RegistrationFactory(
        meeting=meeting, name="Max Wartend", status=RegistrationStatus.WAITING
    )
    return meeting


@pytest.fixture
def organiser(client, home_page):
    client.force_login(user_with(publish=True, home_page=home_page))
    return client


def test_network_editors_see_registrations_per_meeting(organiser, meeting):
    response = organiser.get(LIST, {"meeting": meeting.pk})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Erika Mustermann" in page and "Max Wartend" in page
    assert f"/admin/veranstaltungen/{meeting.pk}/teilnehmende.pdf" in page


def test_editors_who_only_edit_see_no_registrations(client, home_page, meeting):
    client.force_login(user_with(publish=False, home_page=home_page))
    response = client.get(LIST)
    assert response.status_code in (302, 403)
    response = client.get(f"/admin/veranstaltungen/{meeting.pk}/teilnehmende.pdf")
    assert response.status_code in (302, 403)


def test_csv_export_opens_in_german_excel_and_stays_inert(organiser, meeting):
    response = organiser.get(LIST, {"meeting": meeting.pk, "export": "csv"})
    rows = {row["Name"]: row for row in csv_dicts(response)}
    assert rows["Erika Mustermann"]["Organisation"].startswith("'=HYPERLINK")
    assert rows["Erika Mustermann"]["Status"] == "angemeldet"
    assert rows["Max Wartend"]["Status"] == "Warteliste"


def test_xlsx_export_lists_the_registrations(organiser, meeting):
    response = organiser.get(LIST, {"meeting": meeting.pk, "export": "xlsx"})
    content = b"".join(response.streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(names) == ["Erika Mustermann", "Max Wartend"]


def pdf_text(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(page.extract_text() for page in reader.pages)


def test_participant_list_pdf_names_only_confirmed_participants(organiser, meeting):
    text = pdf_text(
        organiser.get(f"/admin/veranstaltungen/{meeting.pk}/teilnehmende.pdf")
    )
    assert "Erika Mustermann" in text
    assert "Gebärdensprachdolmetschung" in text
    assert "Max Wartend" not in text


def test_name_badges_pdf(organiser, meeting):
    text = pdf_text(
        organiser.get(f"/admin/veranstaltungen/{meeting.pk}/namensschilder.pdf")
    )
    assert "Erika Mustermann" in text
    assert "Fachtag" in text


def test_organisers_mark_attendance(organiser, meeting):
    registration = Registration.objects.get(name="Erika Mustermann")
    response = organiser.post(f"{LIST}edit/{registration.pk}/", {"attended": "true"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.attended is True
    assert registration.name == "Erika Mustermann"


def run_purge():
    out = io.StringIO()
    call_command("purge_meeting_registrations", stdout=out)
    return out.getvalue()


def test_personal_data_goes_after_the_retention_period_counts_stay(meeting_index):
    old = MeetingPageFactory(parent=meeting_index, start=at(-95), end=at(-95, 13))
    RegistrationFactory(meeting=old, status=RegistrationStatus.CONFIRMED, attended=True)
    RegistrationFactory(meeting=old, status=RegistrationStatus.CANCELLED)
    RegistrationFactory(meeting=old, status=RegistrationStatus.UNCONFIRMED)

    assert run_purge() == "2 Anmeldungen geleert, 1 unbestätigte gelöscht.\n"

    rows = Registration.objects.filter(meeting=old)
    assert rows.count() == 2
    assert set(rows.values_list("name", "email", "organisation", "city")) == {
        ("", "", "", "")
    }
    assert rows.filter(status="angemeldet", attended=True).count() == 1


def test_recent_meetings_keep_their_participants(meeting_index, settings):
    settings.MEETING_RETENTION_DAYS = 90
    recent = MeetingPageFactory(parent=meeting_index, start=at(-80), end=at(-80, 13))
    RegistrationFactory(meeting=recent, status=RegistrationStatus.CONFIRMED)
    run_purge()
    assert Registration.objects.get().email != ""


def test_the_editors_guide_explains_meetings_and_registrations(organiser):
    page = organiser.get("/admin/anleitung/").content.decode()
    assert 'id="veranstaltungen-planen"' in page
    assert 'id="anmeldungen-betreuen"' in page
    assert "Zugangslink sehen nur bestätigte Teilnehmende" in page


def test_bulk_action_marks_participants_as_attended(organiser, meeting):
    erika = Registration.objects.get(name="Erika Mustermann")
    waiting = Registration.objects.get(name="Max Wartend")
    url = (
        f"/admin/bulk/meetings/registration/mark_attended/"
        f"?id={erika.pk}&id={waiting.pk}&next={LIST}"
    )
    assert organiser.get(url).status_code == 200
    assert organiser.post(url).status_code == 302
    attended = dict(Registration.objects.values_list("name", "attended"))
    assert attended == {"Erika Mustermann": True, "Max Wartend": None}
    assert "mark_attended" in organiser.get(LIST).content.decode()


def test_robots_txt_keeps_search_engines_off_the_registration(client, home_page):
    assert "Disallow: /veranstaltungen/anmeldung/" in client.get("/robots.txt").text
