"""What meetings contribute to the portal search and the tag pages."""

from collections import Counter

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.html import strip_tags

from core.blocks import stream_text
from core.contract import Entry
from core.models.tags import entries_per_tag
from core.visibility import page_is_findable, public_pages_q

from .models import MeetingPage


def speaker_names(page):
    return [
        person.full_name
        for item in page.programme
        for person in item.value["speakers"]
        if person is not None
    ]


def meeting_entry(page):
    if not page_is_findable(page):
        return None
    cities = page.city_list
    tags = [tag.slug for tag in page.approaches.all()]
    tags += [tag.slug for tag in page.tags.all()]
    extra = [page.get_kind_display(), page.venue, *(c.name for c in cities)]
    return Entry(
        key=f"page:{page.pk}",
        kind="meeting",
        title=page.title,
        url=page.url or "",
        summary=page.teaser,
        body=f"{strip_tags(page.description)} {stream_text(page.programme)}",
        city=cities[0].name if len(cities) == 1 else "",
        date=timezone.localdate(page.start),
        tags=tags,
        extra=" ".join(filter(None, extra + speaker_names(page))),
    )


def all_meetings():
    return MeetingPage.objects.live().public()


def public_meetings():
    return MeetingPage.objects.live().filter(public_pages_q())


def meeting_tag_counts():
    counts = Counter(entries_per_tag(public_meetings()))
    rows = (
        public_meetings()
        .filter(approaches__isnull=False)
        .values("approaches__slug")
        .annotate(entries=Count("pk", distinct=True))
    )
    for row in rows:
        counts[row["approaches__slug"]] += row["entries"]
    return dict(counts)


def tagged_meetings(tag):
    return (
        public_meetings()
        .filter(Q(tagged_items__tag=tag) | Q(approaches=tag))
        .distinct()
        .order_by("-start", "title")
    )
