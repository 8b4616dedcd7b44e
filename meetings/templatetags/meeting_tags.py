from django import template
from django.utils import formats, timezone
from django.utils.html import format_html

from core.cache import held
from core.visibility import public_pages_q

register = template.Library()


@register.simple_tag
def meeting_when(meeting, long=False):
    """ "14. Mai 2026, 10:00–13:00 Uhr" in Europe/Berlin, as <time> elements."""
    start = timezone.localtime(meeting.start)
    end = timezone.localtime(meeting.end)
    day = formats.date_format(start, "l, j. F Y" if long else "j. F Y")
    if start.date() == end.date():
        return format_html(
            '<time datetime="{}">{}, {}</time>–<time datetime="{}">{}</time> Uhr',
            start.isoformat(),
            day,
            start.strftime("%H:%M"),
            end.isoformat(),
            end.strftime("%H:%M"),
        )
    return format_html(
        '<time datetime="{}">{}, {} Uhr</time> bis '
        '<time datetime="{}">{}, {} Uhr</time>',
        start.isoformat(),
        day,
        start.strftime("%H:%M"),
        end.isoformat(),
        formats.date_format(end, "j. F Y"),
        end.strftime("%H:%M"),
    )


@register.filter
def add_topics(approaches, page):
    """A page's approaches followed by its topics, for one tag list."""
    return list(approaches) + list(page.topics)


@register.simple_tag
def practice_meetings(practice):
    """The live, public meetings where a practice was presented, newest first."""
    from meetings.models import MeetingPage

    # Most practices were presented nowhere: they need not ask.
    presented = held(
        "presented-practices",
        lambda: frozenset(
            MeetingPage.practices.through.objects.values_list(
                "practicepage_id", flat=True
            )
        ),
    )
    if practice.pk not in presented:
        return []
    return list(
        practice.presented_at_meetings.live()
        .filter(public_pages_q())
        .order_by("-start", "title")
    )
