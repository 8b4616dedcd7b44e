from django import template
from django.utils.translation import gettext as _

from maps.member_map import member_map

register = template.Library()


@register.inclusion_tag("maps/member_map.html")
def city_map(city):
    """A small map of Germany with one city marked; nothing without coordinates."""
    if city is None or city.latitude is None or city.longitude is None:
        return {"map": None}
    caption = _("Lage von %(city)s in Deutschland (%(state)s)") % {
        "city": city.name,
        "state": city.get_federal_state_display(),
    }
    return {"map": member_map(highlight=city), "caption": caption, "small": True}
