"""Demo builders for the reports, forms and member area.

They run in the second pass (`finish`) because the report links the practice
profiles that practices/demo.py builds, and so the sections follow "Praxis" in
the main navigation.
"""

from django.utils.html import format_html, format_html_join
from wagtail.models import Collection, Page

from core.members import members_collection
from core.models import (
    ArticleIndexPage,
    ArticleKind,
    ArticlePage,
    FederalState,
    FormPage,
    FormPageField,
    HomePage,
    MeetingMaterialPage,
    MemberAreaPage,
    Person,
    Tag,
)

from . import report_content as content
from .helpers import ensure_child_page, ensure_document, mark_english


def build_reports_and_more(command):
    home = HomePage.objects.get()
    for name, slug, is_event in content.ARTICLE_KINDS:
        ArticleKind.objects.get_or_create(
            slug=slug, defaults={"name": name, "is_event": is_event}
        )
    index = _section(home, ArticleIndexPage, "aktuelles", "Aktuelles")
    forms = [
        build_form(home, content.JOIN_FORM, show_in_menus=True),
        build_form(home, content.SUGGEST_FORM),
    ]
    build_report(index, forms)
    build_member_area(home)
    command.report("Aktuelles mit dem Bericht, Formulare, interner Bereich")


def _section(home, page_class, slug, title):
    intro = content.SECTION_INTROS[slug]
    return ensure_child_page(
        home, page_class, slug, title=title, intro=intro, show_in_menus=True
    )


def build_form(home, data, show_in_menus=False):
    states = "\n".join(label for _, label in FederalState.choices)
    fields = [
        FormPageField(
            label=label,
            field_type=field_type,
            required=required,
            help_text=help_text,
            choices=states if choices == "STATES" else choices,
        )
        for label, field_type, required, help_text, choices in data["fields"]
    ]
    return ensure_child_page(
        home,
        FormPage,
        data["slug"],
        title=data["title"],
        intro=data["intro"],
        subject=data["subject"],
        form_fields=fields,
        show_in_menus=show_in_menus,
    )


def build_report(index, forms):
    if index.get_children().filter(slug=content.REPORT["slug"]).exists():
        return
    document = ensure_document(
        content.PUBLIC_DOCUMENT,
        report_paragraphs(),
        Collection.get_first_root_node(),
        tags=content.PUBLIC_DOCUMENT["tags"],
    )
    page = ArticlePage(
        slug=content.REPORT["slug"],
        title=content.REPORT["title"],
        kind=ArticleKind.objects.get(slug="grossstadtnetzwerk"),
        place=content.REPORT["place"],
        teaser=content.REPORT["teaser"],
        body=report_body(document, forms),
    )
    page.tags.add(*Tag.objects.filter(name__in=content.REPORT["tags"]))
    index.add_child(instance=page)
    page.save_revision().publish()


def report_paragraphs():
    principles = [
        f"{number}. {item['title']}: „{item['claim']}“ {item['text']}"
        for number, item in enumerate(content.PRINCIPLES, start=1)
    ]
    return [*principles, content.POLL_SUMMARY, content.POLL_CONCLUSION]


def _quote(text, person):
    return {
        "type": "quote",
        "value": {"text": text, "person": person.pk if person else None},
    }


def _heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def _paragraph(text):
    html = text if text.startswith("<") else format_html("<p>{}</p>", text)
    return {"type": "paragraph", "value": str(html)}


def _downloads(heading, document):
    return {
        "type": "downloads",
        "value": {"heading": heading, "documents": [document.pk]},
    }


def report_body(document, forms):
    """The seed report in its order: principles, poll, science, practice."""
    people = {person.name: person for person in Person.objects.all()}
    critical_friend = people.get("Felix Brümmer")
    body = [
        _quote(content.QUOTE_TRUST, critical_friend),
        {"type": "principles", "value": content.PRINCIPLES_BLOCK},
        _downloads("Downloads", document),
        _paragraph(content.POLL_SUMMARY),
        _paragraph(content.POLL_CONCLUSION),
        *science_view(people.get("Stephan Maykus")),
        _quote(content.QUOTE_FOUNDATIONS, critical_friend),
        _heading(content.PRACTICE_HEADING),
    ]
    for view in content.PRACTICE_VIEWS:
        body += practice_view(view, people)
    body.append(_quote(content.QUOTE_RESPONSIBILITY, critical_friend))
    return body + closing_blocks(forms, people.get("Daniel März"))


def science_view(expert):
    if expert is None:
        return []
    return [
        {
            "type": "expert",
            "value": {
                "heading": content.SCIENCE_HEADING,
                "person": expert.pk,
                "text": "",
            },
        },
        _quote(content.QUOTE_MAYKUS, expert),
    ]


def practice_view(view, people):
    blocks = [
        _heading(view["heading"], "h3"),
        _quote(view["quote"], people.get(view["person"])),
        _paragraph(view["text"]),
    ]
    practice = Page.objects.filter(
        slug=view["practice"],
        content_type__app_label="practices",
        content_type__model="practicepage",
    ).first()
    if practice:  # practices/demo.py built it
        blocks.append({"type": "practice_teaser", "value": {"page": practice.pk}})
    return blocks


def closing_blocks(forms, contact):
    links = [{"title": "", "page": form.pk, "url": ""} for form in forms]
    blocks = [
        {
            "type": "links",
            "value": {"heading": "Mitmachen im Netzwerk", "links": links},
        }
    ]
    if contact:
        blocks.append(
            {
                "type": "contact",
                "value": {
                    "heading": "Ansprechperson",
                    "person": contact.pk,
                    "text": content.NETWORK_TEXT,
                },
            }
        )
    return blocks


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
    body = [_heading("Ablauf"), _agenda(), _downloads("Material", document)]
    fields = {key: content.MEETING[key] for key in ("title", "place", "intro")}
    ensure_child_page(
        area, MeetingMaterialPage, content.MEETING["slug"], body=body, **fields
    )


def _agenda():
    items = ((mark_english(item),) for item in content.MEETING_AGENDA)
    html = format_html("<ol>{}</ol>", format_html_join("", "<li>{}</li>", items))
    return _paragraph(str(html))
