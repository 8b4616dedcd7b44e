from django.utils.html import strip_tags

from core.structured_data import (
    image_url,
    page_basics,
    place,
)


def practice_data(page, request):
    data = page_basics(page, request, "CreativeWork", page.teaser)
    data["genre"] = "Praxisprofil"
    data["keywords"] = [tag.name for tag in page.approach_list + page.topic_list]
    data["creativeWorkStatus"] = page.get_status_display()
    if page.start_year:
        data["temporalCoverage"] = f"{page.start_year}/{page.end_year or '..'}"
    city_page = page.city_page  # joins the city: no query of its own
    if page.city:
        data["spatialCoverage"] = place(page.city, request, city_page)
        data["creator"] = {
            "@type": "GovernmentOrganization",
            "name": f"Stadt {page.city.name}",
        }
    if page.hero_image:
        data["image"] = image_url(page.hero_image, request)
    return data


def city_data(page, request):
    data = place(page.city, request, page)
    if page.intro:
        data["description"] = strip_tags(page.intro)
    return data
