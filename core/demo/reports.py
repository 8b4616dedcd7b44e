"""Demo builders for the network reports.

They run in the second pass (`finish`) because the report links the practice
profiles that practices/demo.py builds and the forms of formpages/demo.py, and
so the sections follow "Praxis" in the main navigation.
"""

from wagtail.models import Collection, Page

from core.models import (
    ArticleIndexPage,
    ArticleKind,
    ArticlePage,
    HomePage,
    Person,
    Tag,
)

from . import report_content as content
from .helpers import (
    downloads_block,
    ensure_child_page,
    ensure_document,
    heading_block,
    paragraph_block,
)

# The forms formpages/demo.py builds, linked at the report's end.
FORM_SLUGS = ("mitglied-werden", "praxis-vorschlagen")


def build_reports_and_more(command):
    home = HomePage.objects.get()
    for name, slug, is_event in content.ARTICLE_KINDS:
        ArticleKind.objects.get_or_create(
            slug=slug, defaults={"name": name, "is_event": is_event}
        )
    index = _section(home, ArticleIndexPage, "aktuelles", "Aktuelles")
    forms = [
        form
        for slug in FORM_SLUGS
        if (form := home.get_children().filter(slug=slug).first())
    ]
    build_report(index, forms)
    command.report("Aktuelles mit dem Bericht")


def _section(home, page_class, slug, title):
    intro = content.SECTION_INTROS[slug]
    return ensure_child_page(
        home, page_class, slug, title=title, intro=intro, show_in_menus=True
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


def report_body(document, forms):
    """The seed report in its order: principles, poll, science, practice."""
    people = {person.name: person for person in Person.objects.all()}
    critical_friend = people.get("Felix Brümmer")
    body = [
        _quote(content.QUOTE_TRUST, critical_friend),
        {"type": "principles", "value": content.PRINCIPLES_BLOCK},
        downloads_block("Downloads", document),
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
