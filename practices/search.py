"""What practices contribute to the portal search and to the tag pages."""

import datetime
from urllib.parse import urlencode

from core.contract import Entry, tag_fields
from core.text import plain_text
from core.visibility import live_single, page_is_findable


def tagged_practices(tag):
    from practices.listing import tagged_practice_matches
    from practices.models import PracticeIndexPage, PracticePage

    # From the listing's facet index: counting in SQL scans the whole catalogue.
    index_page = live_single(PracticeIndexPage, public=False)
    if index_page is None:
        return PracticePage.objects.none()
    return tagged_practice_matches(index_page, tag)


def practice_tag_counts():
    from practices.listing import practice_facet_index
    from practices.models import PracticeIndexPage

    index_page = live_single(PracticeIndexPage, public=False)
    if index_page is None:
        return {}
    masks = practice_facet_index(index_page).masks
    approaches, topics = masks.get("ansatz", {}), masks.get("thema", {})
    return {
        slug: (approaches.get(slug, 0) | topics.get(slug, 0)).bit_count()
        for slug in approaches.keys() | topics.keys()
    }


def practice_listing_url(tag):
    from practices.models import PracticeIndexPage

    index = live_single(PracticeIndexPage)
    if index is None:
        return ""
    key = "ansatz" if tag.is_approach else "thema"
    return f"{index.url}?{urlencode({key: tag.slug})}"


def page_date(page):
    published = page.first_published_at or page.last_published_at
    return published.date() if published else None


def practice_entry(page):
    if not page_is_findable(page):
        return None
    people = [contact.person for contact in page.contacts.all()]
    quote = [page.quote_text, page.quote_person and page.quote_person.searchable_text]
    shown = [
        *quote,
        *(plain_text(text) for _, text in page.sections),
        *(person.searchable_text for person in people),
    ]
    return Entry(
        key=f"page:{page.pk}",
        kind="practice",
        title=page.title,
        url=page.url or "",
        summary=page.teaser,
        body="\n".join(text for text in shown if text),
        city=page.city.name if page.city else "",
        date=page_date(page),
        extra="\n".join(str(d) for d in page.departments.all()),
        years=practice_years(page),
        **tag_fields(page.approaches.all(), page.topics),
    )


def practice_years(page):
    """The years the practice ran: from its start to its end, a running one
    until this year, a planned one its start year."""
    from practices.models import PracticeStatus

    if not page.start_year:
        return []
    end = page.end_year
    if end is None:
        running = page.status == PracticeStatus.RUNNING
        end = datetime.date.today().year if running else page.start_year
    return list(range(page.start_year, max(end, page.start_year) + 1))


def city_entry(page):
    if not page_is_findable(page):
        return None
    people = [contact.person.searchable_text for contact in page.contacts.all()]
    return Entry(
        key=f"page:{page.pk}",
        kind="city",
        title=page.title,
        url=page.url or "",
        summary=plain_text(page.intro),
        body="\n".join(people),
        city=page.city.name,
        date=page_date(page),
        extra=page.city.get_federal_state_display(),
    )


def all_practices():
    from practices.models import PracticePage

    return (
        PracticePage.objects.live()
        .public()
        .select_related("city", "quote_person__city")
        .prefetch_related(
            "approaches", "tagged_items__tag", "departments", "contacts__person__city"
        )
    )


def all_city_pages():
    from practices.models import CityPage

    return (
        CityPage.objects.live()
        .public()
        .select_related("city")
        .prefetch_related("contacts__person__city")
    )
