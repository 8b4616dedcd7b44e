"""iCalendar (RFC 5545) with the `icalendar` library: one meeting, or every
public meeting as a calendar to subscribe to, with Europe/Berlin's VTIMEZONE."""

import zoneinfo
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from core.links import absolute

__all__ = ["meeting_calendar", "meeting_event"]

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
PRODID = "-//Großstadtnetzwerk//Praxisportal//DE"


def _uid(meeting):
    host = urlsplit(settings.PORTAL_BASE_URL).hostname or "praxisportal"
    return f"veranstaltung-{meeting.pk}@{host}"


def _location(meeting, access_url):
    if meeting.online:
        return access_url or "Online"
    return meeting.location_line


def meeting_event(meeting, access_url=""):
    url = absolute(meeting.url or "")
    event = Event()
    event.add("uid", _uid(meeting))
    event.add("dtstamp", timezone.now())
    event.add("dtstart", meeting.start.astimezone(BERLIN))
    event.add("dtend", meeting.end.astimezone(BERLIN))
    event.add("summary", meeting.title)
    description = [meeting.teaser]
    if access_url:
        description.append(f"Zugang: {access_url}")
    description.append(url)
    event.add("description", "\n\n".join(filter(None, description)))
    event.add("location", _location(meeting, access_url))
    if url:
        event.add("url", url)
    event.add("categories", [meeting.get_kind_display()])
    last = meeting.last_published_at or meeting.first_published_at
    if last:
        event.add("last-modified", last)
    return event


def meeting_calendar(meetings, name="", access_url=""):
    """The calendar's bytes; `access_url` only for a registrant's own copy."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", "Europe/Berlin")
    for meeting in meetings:
        calendar.add_component(meeting_event(meeting, access_url))
    calendar.add_missing_timezones()
    return calendar.to_ical()
