"""The meetings section, the seed's meeting (past, with its report) and one
upcoming online workshop.

The section is built in the first pass (for the navigation); the meetings in
the second, because they link what other apps built: practices, the report
and the member area's material.
"""

import datetime
import zoneinfo

from django.utils import timezone

from core.demo.helpers import ensure_child_page
from core.models import City, HomePage, Person, Tag

from . import demo_content as content
from .models import MeetingIndexPage, MeetingPage

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def load(command):
    ensure_child_page(
        HomePage.objects.get(),
        MeetingIndexPage,
        "veranstaltungen",
        title="Veranstaltungen",
        intro=content.INDEX_INTRO,
        show_in_menus=True,
    )
    command.report("Veranstaltungen")


def finish(command):
    index = MeetingIndexPage.objects.get()
    today = timezone.localdate()
    past = today - datetime.timedelta(days=content.PAST_MEETING["days_ago"])
    build_meeting(index, content.PAST_MEETING, past, linked_pages())
    upcoming = today + datetime.timedelta(days=content.UPCOMING_MEETING["days_ahead"])
    build_meeting(index, content.UPCOMING_MEETING, upcoming, {})
    command.report("Das Netzwerktreffen mit Bericht und eine kommende Online-Werkstatt")


def linked_pages():
    """The report and the member area's material of the seed's meeting."""
    from members.models import MeetingMaterialPage
    from reports.models import ArticlePage

    slug = content.PAST_MEETING["slug"]
    return {
        "report": ArticlePage.objects.filter(slug=slug).first(),
        "materials": MeetingMaterialPage.objects.filter(slug=slug).first(),
    }


def _at(day, hour_minute):
    return datetime.datetime.combine(day, datetime.time(*hour_minute), BERLIN)


def programme(items):
    people = {person.name: person for person in Person.objects.all()}
    return [
        (
            "item",
            {
                "start": datetime.time(*start),
                "end": datetime.time(*end),
                "title": title,
                "description": description,
                "speakers": [people[name] for name in names if name in people],
            },
        )
        for start, end, title, names, description in items
    ]


def build_meeting(index, data, day, links):
    from practices.models import PracticePage

    if index.get_children().filter(slug=data["slug"]).exists():
        return
    page = MeetingPage(
        slug=data["slug"],
        title=data["title"],
        kind=data["kind"],
        start=_at(day, data["start"]),
        end=_at(day, data["end"]),
        teaser=data["teaser"],
        description=data["description"],
        online=True,
        access_url=data.get("access_url", ""),
        capacity=data["capacity"],
        programme=programme(data["programme"]),
        **links,
    )
    page.cities.set(City.objects.filter(slug__in=data["cities"]))
    page.approaches.set(Tag.objects.filter(name__in=data["approaches"]))
    page.practices.set(PracticePage.objects.filter(slug__in=data["practices"]))
    page.tags.add(*Tag.objects.filter(name__in=data["tags"]))
    index.add_child(instance=page)
    page.save_revision().publish()
