"""schema.org JSON-LD of a meeting: an Event with attendance mode, location
and organiser."""

from django.utils import timezone

from core.structured_data import page_basics, publisher

ONLINE_MODE = "https://schema.org/OnlineEventAttendanceMode"
OFFLINE_MODE = "https://schema.org/OfflineEventAttendanceMode"


def location_of(page, request):
    if page.online:
        # The access link is for registrants only: the page stands in for it.
        return {"@type": "VirtualLocation", "url": page.get_full_url(request)}
    location = {"@type": "Place", "name": page.venue or page.title}
    if page.address:
        location["address"] = {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(page.address.splitlines()),
        }
    return location


def meeting_data(page, request):
    data = page_basics(page, request, "Event", page.teaser)
    data.update(
        {
            "startDate": timezone.localtime(page.start).isoformat(),
            "endDate": timezone.localtime(page.end).isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": ONLINE_MODE if page.online else OFFLINE_MODE,
            "location": location_of(page, request),
            "keywords": [tag.name for tag in page.approach_list + page.topics],
        }
    )
    if organiser := publisher(request):
        data["organizer"] = organiser
    if page.capacity:
        data["maximumAttendeeCapacity"] = page.capacity
    return data
