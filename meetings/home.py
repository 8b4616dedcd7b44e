"""The next meeting on the home page, and where the section links to."""

from django.utils import timezone

from core.visibility import live_single, public_pages_q

from .models import MeetingIndexPage, MeetingPage


def upcoming_meetings(limit):
    return (
        MeetingPage.objects.live()
        .filter(public_pages_q(), end__gt=timezone.now())
        .order_by("start", "title")[:limit]
    )


def meeting_index_url():
    index = live_single(MeetingIndexPage, public=False)
    return index.url if index else None
