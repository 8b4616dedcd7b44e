"""The member cities on the map of Germany, linked to their city pages."""

from core.visibility import restricted_page_paths
from maps import geometry


def _public_url(page, restricted, request):
    if page is None or not page.live or page.path.startswith(tuple(restricted)):
        return None
    return page.get_url(request)


def member_map(request=None, highlight=None):
    """Map data for templates/maps/member_map.html (one query).

    With `highlight` (a City) only that city is drawn, for the small maps.
    """
    from core.models import City

    if highlight is not None:
        cities = [(highlight, None)]
    else:
        restricted = restricted_page_paths()
        cities = [
            (city, _public_url(getattr(city, "page", None), restricted, request))
            for city in City.objects.select_related("page").order_by("name")
        ]
    return {
        "view_box": geometry.view_box(),
        "outline": geometry.outline_path(),
        "markers": geometry.markers(cities),
    }
