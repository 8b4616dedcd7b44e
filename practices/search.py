"""What practices contribute to the portal search and to the tag pages."""

from urllib.parse import urlencode

from django.utils.html import strip_tags

from core.contract import Entry
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
    tags = [t.slug for t in page.approaches.all()] + [t.slug for t in page.tags.all()]
    body = " ".join(strip_tags(text) for _, text in page.sections if text)
    return Entry(
        key=f"page:{page.pk}",
        kind="practice",
        title=page.title,
        url=page.url or "",
        summary=page.teaser,
        body=f"{page.quote_text} {body}",
        city=page.city.name if page.city else "",
        date=page_date(page),
        tags=tags,
        extra=" ".join(str(d) for d in page.departments.all()),
    )


def city_entry(page):
    if not page_is_findable(page):
        return None
    return Entry(
        key=f"page:{page.pk}",
        kind="city",
        title=page.title,
        url=page.url or "",
        summary=strip_tags(page.intro),
        city=page.city.name,
        date=page_date(page),
        extra=page.city.get_federal_state_display(),
    )


def all_practices():
    from practices.models import PracticePage

    return (
        PracticePage.objects.live()
        .public()
        .select_related("city")
        .prefetch_related("approaches", "tagged_items__tag", "departments")
    )


def all_city_pages():
    from practices.models import CityPage

    return CityPage.objects.live().public().select_related("city")
