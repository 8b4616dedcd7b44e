"""The demo's pages in Leichte Sprache and Gebärdensprache, the accessibility
statement with its report form, and the header's entry points."""

from django.utils.html import format_html
from wagtail.models import Page, Site

from core.demo.helpers import ensure_child_page, heading_block, paragraph_block
from core.models import HomePage, PortalSettings

from . import demo_content as content
from .models import AccessibilityStatementPage, EasyLanguagePage, SignLanguagePage


def _top_level(slug):
    """A section the other apps' demos made, found by slug (no import)."""
    return Page.objects.filter(depth=3, slug=slug).first()


def _link(target, text):
    if target == "arbitration":
        return {"title": text, "page": None, "url": content.STATEMENT_ARBITRATION_URL}
    page = {
        "practices": _top_level("praxis"),
        "contact": _top_level("kontakt"),
        "statement": _top_level(content.STATEMENT["slug"]),
    }[target]
    return {"title": text, "page": page.pk if page else None, "url": ""}


def _easy_body(blocks):
    body = []
    for kind, first, second in blocks:
        if kind == "section":
            value = {"heading": first, "text": second, "image": None}
        elif kind == "word":
            value = {"word": first, "explanation": second}
        else:
            value = _link(first, second)
            if not (value["page"] or value["url"]):
                continue
        body.append({"type": kind, "value": value})
    return body


def _easy_page(parent, data):
    return ensure_child_page(
        parent,
        EasyLanguagePage,
        data["slug"],
        title=data["title"],
        intro=data["intro"],
        body=_easy_body(data["blocks"]),
    )


def _sign_language_page(home):
    body = [
        {
            "type": "video",
            "value": {"heading": heading, "video": None, "transcript": transcript},
        }
        for heading, transcript in content.SIGN_LANGUAGE["videos"]
    ]
    return ensure_child_page(
        home,
        SignLanguagePage,
        content.SIGN_LANGUAGE["slug"],
        title=content.SIGN_LANGUAGE["title"],
        intro=content.SIGN_LANGUAGE["intro"],
        notice=content.SIGN_LANGUAGE["notice"],
        body=body,
    )


def _offers_section(easy, sign):
    html = format_html(
        "<p>Eine Übersicht des Portals, seine Bedienung und diese Erklärung gibt "
        'es auch <a linktype="page" id="{}">in Leichter Sprache</a> und, als Text '
        'der geplanten Videos, <a linktype="page" id="{}">in Deutscher '
        "Gebärdensprache</a>. Die Videos folgen.</p>",
        easy.pk,
        sign.pk,
    )
    return ("Leichte Sprache und Gebärdensprache", str(html))


def _statement(home, easy, sign):
    data = content.STATEMENT
    body = [paragraph_block(format_html("<p><em>{}</em></p>", data["notice"]))]
    for heading, html in [*data["sections"], _offers_section(easy, sign)]:
        body += [heading_block(heading), paragraph_block(html)]
    return ensure_child_page(
        home,
        AccessibilityStatementPage,
        data["slug"],
        title=data["title"],
        intro=data["intro"],
        body=body,
        feedback_intro=data["feedback_intro"],
        arbitration_text=data["arbitration_text"],
    )


def _point_settings_at(statement, easy, sign):
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    for field, page in (
        ("accessibility_page", statement),
        ("easy_language_page", easy),
        ("sign_language_page", sign),
    ):
        if getattr(settings, f"{field}_id") is None:
            setattr(settings, field, page)
    settings.save()


def load(command):
    home = HomePage.objects.get()
    easy = _easy_page(home, content.EASY_HOME)
    sign = _sign_language_page(home)
    statement = _statement(home, easy, sign)
    _easy_page(easy, content.EASY_USAGE)
    _easy_page(easy, content.EASY_STATEMENT)
    _point_settings_at(statement, easy, sign)
    command.report("Leichte Sprache, Gebärdensprache, Erklärung zur Barrierefreiheit")
