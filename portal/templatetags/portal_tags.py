from django import template
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    site = Site.find_for_request(request)
    items = []
    if site:
        pages = site.root_page.get_children().live().public().in_menu()
        items = [{"title": p.title, "url": p.get_url(request)} for p in pages]
    items.append({"title": _("Suche"), "url": reverse("search")})
    for item in items:
        item["current"] = request.path.startswith(item["url"])
    return {"items": items}
