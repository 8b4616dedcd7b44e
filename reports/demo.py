"""The reports section, the network meeting's report and its PDF.

The section and the PDF are built in the first pass, so "Aktuelles" follows
"Themendossiers" in the main navigation; the report in the second, because it
links what other apps built: practice profiles and the forms.
"""

from wagtail.models import Collection, Page

from core.demo.helpers import (
    downloads_block,
    ensure_child_page,
    ensure_document,
    heading_block,
    paragraph_block,
)
from core.models import HomePage, Person, PortalDocument, Tag

from . import demo_content as content
from .models import ArticleIndexPage, ArticleKind, ArticlePage

# The forms formpages/demo.py builds, linked at the report's end.
FORM_SLUGS = ("mitglied-werden", "praxis-vorschlagen")


def load(command):
    for name, slug, is_event in content.ARTICLE_KINDS:
        ArticleKind.objects.get_or_create(
            slug=slug, defaults={"name": name, "is_event": is_event}
        )
    ensure_child_page(
        HomePage.objects.get(),
        ArticleIndexPage,
        "aktuelles",
        title="Aktuelles",
        intro=content.SECTION_INTROS["aktuelles"],
        show_in_menus=True,
    )
    ensure_document(
        content.REPORT_DOCUMENT,
        report_paragraphs(),
        Collection.get_first_root_node(),
        tags=content.REPORT_DOCUMENT["tags"],
    )
    command.report("Aktuelles mit den Beitragsarten, der Bericht als PDF")


def finish(command):
    home = HomePage.objects.get()
    forms = [
        form
        for slug in FORM_SLUGS
        if (form := home.get_children().filter(slug=slug).first())
    ]
    build_report(ArticleIndexPage.objects.get(), forms)
    command.report("Der Bericht vom Netzwerktreffen")


def build_report(index, forms):
    if index.get_children().filter(slug=content.REPORT["slug"]).exists():
        return
    page = ArticlePage(
        slug=content.REPORT["slug"],
        title=content.REPORT["title"],
        kind=ArticleKind.objects.get(slug="grossstadtnetzwerk"),
        place=content.REPORT["place"],
        teaser=content.REPORT["teaser"],
        body=report_body(
            PortalDocument.objects.filter(
                title=content.REPORT_DOCUMENT["title"]
            ).first(),
            forms,
        ),
    )
    page.tags.add(*Tag.objects.filter(name__in=content.REPORT["tags"]))
    index.add_child(instance=page)
    page.save_revision().publish()


def report_paragraphs():
    """The PDF's text: the principles and the poll in the seed's words."""
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


def report_body(document, forms):
    """The seed report in its order: principles, poll, science, practice."""
    people = {person.name: person for person in Person.objects.all()}
    critical_friend = people.get("Felix Brümmer")
    body = [
        _quote(content.QUOTE_TRUST, critical_friend),
        {"type": "principles", "value": content.PRINCIPLES_BLOCK},
        *([downloads_block("Downloads", document)] if document else []),
        paragraph_block(content.POLL_SUMMARY),
        paragraph_block(content.POLL_CONCLUSION),
        *science_view(people.get("Stephan Maykus")),
        _quote(content.QUOTE_FOUNDATIONS, critical_friend),
        heading_block(content.PRACTICE_HEADING),
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
        heading_block(view["heading"], "h3"),
        _quote(view["quote"], people.get(view["person"])),
        paragraph_block(view["text"]),
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
