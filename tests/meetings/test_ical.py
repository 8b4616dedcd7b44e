"""iCalendar files, read back with the icalendar parser (RFC 5545)."""

import datetime

import pytest
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from tests.meetings.factories import MeetingPageFactory, at


def calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


@pytest.fixture
def meeting(meeting_index):
    return MeetingPageFactory(
        parent=meeting_index,
        title="Fachtag Bildungsplanung",
        slug="fachtag-bildungsplanung",
        start=at(20, 9, 30),
        end=at(20, 16, 0),
    )


def test_a_meeting_as_an_event_in_berlin_time(client, meeting):
    parsed = calendar(client.get("/veranstaltungen/fachtag-bildungsplanung.ics"))
    [event] = parsed.walk("VEVENT")
    start = event.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Berlin"
    assert (start.hour, start.minute) == (9, 30)
    assert start == meeting.start
    assert event.decoded("DTEND") - start == datetime.timedelta(hours=6, minutes=30)
    assert str(event["SUMMARY"]) == "Fachtag Bildungsplanung"
    assert str(event["LOCATION"]).startswith("Rathaus Augsburg, Großer Sitzungssaal")
    assert (
        str(event["URL"])
        == "http://testserver/veranstaltungen/fachtag-bildungsplanung/"
    )


def test_the_calendar_carries_the_berlin_time_zone(client, meeting):
    parsed = calendar(client.get("/veranstaltungen/fachtag-bildungsplanung.ics"))
    [zone] = parsed.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Berlin"
    assert {component.name for component in zone.subcomponents} == {
        "STANDARD",
        "DAYLIGHT",
    }
    assert str(parsed["VERSION"]) == "2.0"


def test_the_public_calendar_never_shows_the_access_link(client, meeting_index):
    MeetingPageFactory(
        parent=meeting_index,
        slug="online",
        online=True,
        access_url="https://konferenz.example.org/geheim",
    )
    response = client.get("/veranstaltungen/online.ics")
    [event] = calendar(response).walk("VEVENT")
    assert str(event["LOCATION"]) == "Online"
    assert b"geheim" not in response.content


def test_subscribable_calendar_lists_every_public_meeting(
    client, meeting, meeting_index
):
    MeetingPageFactory(parent=meeting_index, title="Vorbei", start=at(-40))
    draft = MeetingPageFactory(parent=meeting_index, title="Entwurf")
    draft.unpublish()
    hidden = MeetingPageFactory(parent=meeting_index, title="Geschützt")
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    parsed = calendar(client.get("/veranstaltungen.ics"))
    summaries = [str(event["SUMMARY"]) for event in parsed.walk("VEVENT")]
    assert summaries == ["Vorbei", "Fachtag Bildungsplanung"]
    assert str(parsed["X-WR-CALNAME"]) == "Großstadtnetzwerk: Veranstaltungen"
    uids = {str(event["UID"]) for event in parsed.walk("VEVENT")}
    assert len(uids) == 2


def test_unknown_or_draft_meeting_has_no_calendar_file(client, meeting):
    assert client.get("/veranstaltungen/gibt-es-nicht.ics").status_code == 404
    meeting.unpublish()
    assert client.get("/veranstaltungen/fachtag-bildungsplanung.ics").status_code == 404
