from django import template
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core.chrome import site_chrome
from core.contract import content_types
from core.fragments import kept_cards
from core.fragments import page_body as render_page_body
from core.visibility import page_is_findable

register = template.Library()


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    chrome = site_chrome(request)
    items = [
        {"title": title, "url": url, "current": request.path.startswith(url)}
        for title, url in chrome["navigation"]
    ]
    # The header's entry points again, for the folded phone menu.
    return {"items": items, "access_links": chrome.get("access_links", [])}


@register.simple_tag(takes_context=True)
def page_body(context):
    """The page's main content, kept per version of what it shows (core.fragments)."""
    return render_page_body(context)


@register.simple_tag(takes_context=True)
def cards(context, pages, template_name, name, keep=True, **parameters):
    """The card `template_name` for each page, bound to `name`, each kept per
    version of its page (core.fragments.kept_cards) unless `keep` is false.

    A card sees only its page, `parameters` and the request: nothing of the
    page it is shown on, so one kept card serves every list.
    """
    card = context.template.engine.get_template(template_name)
    request = context.get("request")
    variant = "|".join([template_name, *map(str, sorted(parameters.items()))])

    def render(page):
        return card.render(context.new({name: page, "request": request, **parameters}))

    found = kept_cards(request, list(pages), render, variant, keep=keep)
    return mark_safe("".join(found))  # noqa: S308 (rendered templates, escaped there)


@register.simple_tag(takes_context=True)
def page_slot(context, page, name):
    """What other apps contribute to `page` under `name` (see core.contract.Slot)."""
    label = page._meta.label
    parts = [
        render_to_string(slot.template, {"page": page}, request=context.get("request"))
        for kind in content_types()
        for slot in kind.slots
        if slot.name == name and slot.page_model == label
    ]
    return mark_safe("".join(parts))  # noqa: S308 (rendered templates, escaped there)


@register.simple_tag
def content_stylesheets():
    """The stylesheets the content types declare, each once."""
    paths = dict.fromkeys(path for kind in content_types() for path in kind.stylesheets)
    return format_html_join(
        "\n", '<link rel="stylesheet" href="{}">', ((static(path),) for path in paths)
    )


@register.filter
def findable(page):
    """True for a live page behind no view restriction (cached; no query)."""
    return isinstance(page, Page) and page_is_findable(page)
