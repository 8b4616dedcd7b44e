"""The member area with the seed meeting's material and a private document."""

from django.utils.html import format_html, format_html_join

from core.demo.helpers import (
    downloads_block,
    ensure_child_page,
    ensure_document,
    heading_block,
    mark_english,
    paragraph_block,
)
from core.models import HomePage

from . import demo_content as content
from .access import MEMBERS_GROUP, members_collection
from .models import MeetingMaterialPage, MemberAreaPage

DEMO_ACCOUNTS = [("mitglied", "Mitglied (interner Bereich)", [MEMBERS_GROUP])]


def load(command):
    build_member_area(HomePage.objects.get())
    command.report("Interner Bereich mit dem Material des Netzwerktreffens")


def build_member_area(home):
    area = ensure_child_page(
        home,
        MemberAreaPage,
        "intern",
        title="Interner Bereich",
        intro=content.MEMBER_AREA_INTRO,
    )
    if area.get_children().filter(slug=content.MEETING["slug"]).exists():
        return
    document = ensure_document(
        content.PRIVATE_DOCUMENT, content.MEETING_AGENDA, members_collection()
    )
    body = [
        heading_block("Ablauf"),
        _agenda(),
        downloads_block("Material", document),
    ]
    fields = {key: content.MEETING[key] for key in ("title", "place", "intro")}
    ensure_child_page(
        area, MeetingMaterialPage, content.MEETING["slug"], body=body, **fields
    )


def _agenda():
    items = ((mark_english(item),) for item in content.MEETING_AGENDA)
    html = format_html("<ol>{}</ol>", format_html_join("", "<li>{}</li>", items))
    return paragraph_block(str(html))
