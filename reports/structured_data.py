"""schema.org JSON-LD of a report: an Article, about the Event it documents."""

from core.structured_data import page_basics, publisher

ONLINE = {"online", "digital", "virtuell"}


def event_of(page, request):
    """The meeting a report documents."""
    if page.place.strip().lower() in ONLINE:
        location = {"@type": "VirtualLocation", "url": page.get_full_url(request)}
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        location = {"@type": "Place", "name": page.place or page.title}
        mode = "https://schema.org/OfflineEventAttendanceMode"
    event = {
        "@type": "Event",
        "name": page.title,
        "startDate": page.date,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": mode,
        "location": location,
    }
    if organiser := publisher(request):
        event["organizer"] = organiser
    return event


def article_data(page, request):
    data = page_basics(page, request, "Article", page.teaser)
    data["headline"] = page.title
    data["keywords"] = [tag.name for tag in page.topics]
    if page.kind:
        data["articleSection"] = page.kind.name
        if page.kind.is_event:
            data["about"] = event_of(page, request)
    return data
