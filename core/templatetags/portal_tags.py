from django import template
from django.templatetags.static import static
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core.chrome import site_chrome
from core.contract import content_types
from core.fragments import page_body as render_page_body
from core.fragments import render_cards
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
    """The cards of `pages`, kept one by one (core.fragments.render_cards)."""
    found = render_cards(
        context.get("request"), list(pages), template_name, name, keep, **parameters
    )
    return mark_safe("".join(found))  # noqa: S308 (rendered templates, escaped there)


@register.simple_tag(takes_context=True)
def page_slot(context, page, name):
    """What other apps contribute to `page` under `name` (see core.contract.Slot)."""
    label = page._meta.label
    engine = context.template.engine
    # A context of its own, without running the context processors again.
    slot_context = context.new({"page": page, "request": context.get("request")})
    parts = [
        engine.get_template(slot.template).render(slot_context)
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
def trail(page):
    """The ancestors a breadcrumb names, below the tree's root: only what it
    shows of them is read."""
    return page.get_ancestors().filter(depth__gt=1).only("title", "depth", "url_path")


@register.filter
def findable(page):
    """True for a live page behind no view restriction (cached; no query)."""
    return isinstance(page, Page) and page_is_findable(page)
