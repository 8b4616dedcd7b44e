"""What the head of every page tells other systems: description, OpenGraph,
canonical address, feeds and schema.org JSON-LD."""

from django import template
from django.template.loader import render_to_string
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page

from core.fragments import CachedBodyMixin, kept
from core.links import absolute
from core.structured_data import (
    image_url,
    json_ld_script,
    og_type_for,
    structured_data_for,
)
from core.visibility import is_restricted

register = template.Library()

DESCRIPTION_LENGTH = 200
DEFAULT_DESCRIPTION = (
    "Praxisprofile, Themendossiers und Berichte der Mitgliedskommunen des "
    "Großstadtnetzwerks zum kommunalen Bildungsmanagement."
)
SITE_NAME = "Praxisportal Großstadtnetzwerk"
# What a view may set in the context for the head instead of the page's own.
VIEW_GIVEN = ("meta_title", "meta_description", "feed_links")


def page_description(page):
    """The editor's search description, else the teaser or the introduction."""
    for field in ("search_description", "teaser", "subtitle", "intro"):
        text = strip_tags(str(getattr(page, field, "") or "")).strip()
        if text:
            return " ".join(text.split())
    return ""


def share_image(page):
    for field in ("hero_image", "cover_image"):
        if image := getattr(page, field, None):
            return image
    return None


@register.simple_tag(takes_context=True)
def head_meta(context):
    def render():
        return render_to_string("components/head_meta.html", head_meta_context(context))

    # What a kept body's page says of itself is kept with it, unless a view
    # says it instead.
    if (
        isinstance(context.get("page"), CachedBodyMixin)
        and "request" in context
        and not any(name in context for name in VIEW_GIVEN)
    ):
        return kept(context, "head", render)
    return render()


def head_meta_context(context):
    request = context.get("request")
    if request is None:  # the bare 500 page
        return {}
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    description = context.get("meta_description") or (
        page_description(page) if page else ""
    )
    return {
        "title": context.get("meta_title")
        or (page and (page.seo_title or page.title))
        or SITE_NAME,
        "description": Truncator(description or DEFAULT_DESCRIPTION).chars(
            DESCRIPTION_LENGTH
        ),
        "url": page.get_full_url(request) if page else absolute(request.path),
        "og_type": og_type_for(page),
        "image": image_url(share_image(page), request) if page else None,
        "site_name": SITE_NAME,
        # Only members see a restricted page; it must not be indexed from them.
        "noindex": page is not None and is_restricted(page),
        "feeds": alternate_feeds(context, page),
        "json_ld": json_ld_script(data)
        if page and (data := structured_data_for(page, request))
        else "",
    }


def alternate_feeds(context, page):
    """The feeds a view named, or those of the page being shown."""
    if "feed_links" in context:
        return context["feed_links"]
    links = getattr(page, "feed_links", None)
    return links() if callable(links) else []
