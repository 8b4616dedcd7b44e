from django import template

from core.chrome import site_chrome

register = template.Library()


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    items = [
        {"title": title, "url": url, "current": request.path.startswith(url)}
        for title, url in site_chrome(request)["navigation"]
    ]
    return {"items": items}
