"""schema.org JSON-LD for the pages' head.

Each content type declares a builder for its pages (`StructuredData`); the
builder returns a plain dict, and `json_ld_script` serialises it so that no text
an editor typed can close the script element.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.links import absolute

__all__ = [
    "image_url",
    "json_ld_script",
    "home_data",
    "og_type_for",
    "page_basics",
    "place",
    "publisher",
    "structured_data_for",
]

SHARE_IMAGE = "fill-1200x630"

# The same escapes as Django's json_script: "<", ">" and "&" never reach the HTML.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _registered(page):
    from core.contract import content_type_for

    kind = content_type_for(type(page))
    if kind is None or kind.structured_data is None:
        return None, "website"
    return kind.structured_data.builder, kind.structured_data.og_type


def structured_data_for(page, request):
    builder, _og_type = _registered(page)
    data = builder(page, request) if builder else None
    return {"@context": "https://schema.org", **data} if data else None


def og_type_for(page):
    return _registered(page)[1]


def json_ld_script(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(SCRIPT_ESCAPES)),  # noqa: S308 (escaped above)
    )


def publisher(request):
    from core.chrome import site_chrome

    name = site_chrome(request).get("publisher")
    return {"@type": "Organization", "name": name} if name else None


def image_url(image, request):
    """An absolute address of the image as shared on other sites (1200 × 630)."""
    if image is None:
        return None
    return absolute(image.get_rendition(SHARE_IMAGE).url)


def page_basics(page, request, schema_type, description=""):
    """What every page's JSON-LD says: type, name, address, dates, language."""
    data = {
        "@type": schema_type,
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": "de",
        "datePublished": page.first_published_at,
        "dateModified": page.last_published_at,
    }
    if description:
        data["description"] = description
    if pub := publisher(request):
        data["publisher"] = pub
    return data


def place(city, request=None, city_page=None):
    """A member city as schema.org City with its coordinates and its page."""
    data = {"@type": "City", "name": city.name}
    if city.latitude is not None and city.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(city.latitude),
            "longitude": float(city.longitude),
        }
    data["containedInPlace"] = {
        "@type": "State",
        "name": city.get_federal_state_display(),
    }
    if city_page is not None and city_page.live:
        data["url"] = city_page.get_full_url(request)
    if city.website:
        data["sameAs"] = city.website
    return data


def home_data(page, request):
    search = absolute(reverse("search"))
    return {
        "@type": "WebSite",
        "name": "Praxisportal Großstadtnetzwerk",
        "url": page.get_full_url(request),
        "inLanguage": "de",
        "publisher": publisher(request),
        "potentialAction": {
            "@type": "SearchAction",
            "target": f"{search}?q={{search_term_string}}",
            "query-input": "required name=search_term_string",
        },
    }
