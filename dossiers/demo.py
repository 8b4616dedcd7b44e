from core.demo.helpers import ensure_child_page
from core.models import HomePage, Person, Tag
from practices.models import PracticePage

from .demo_content import CHAPTERS, DOSSIER, INDEX_INTRO
from .models import DossierIndexPage, DossierPage, PrintStock

DEMO_ACCOUNTS = [("versand", "Versand (Bestellungen)", ["Versand"])]


def load(command):
    home = HomePage.objects.get()
    index = ensure_child_page(
        home,
        DossierIndexPage,
        "themendossiers",
        title="Themendossiers",
        intro=INDEX_INTRO,
        show_in_menus=True,
    )
    dossier = build_dossier(index)
    stock = PrintStock.objects.get(dossier=dossier).stock
    command.report(f"Themendossiers: {dossier.full_title}, {stock} Exemplare auf Lager")


def build_dossier(index):
    existing = index.get_children().filter(slug=DOSSIER["slug"]).first()
    if existing:
        return existing.specific
    fields = {k: DOSSIER[k] for k in ("slug", "title", "issue_number", "subtitle")}
    page = DossierPage(
        **fields,
        publication_date=DOSSIER["publication_date"],
        intro=DOSSIER["intro"],
        chapters=[chapter_block(data) for data in CHAPTERS],
        print_available=True,
        max_per_order=DOSSIER["max_per_order"],
    )
    page.approaches = Tag.objects.filter(name__in=DOSSIER["approaches"])
    page.tags.add(*Tag.objects.filter(name__in=DOSSIER["topics"]))
    index.add_child(instance=page)
    PrintStock.objects.filter(dossier=page).update(stock=DOSSIER["stock"])
    page.save_revision().publish()
    return page


def chapter_block(data):
    people = {person.name: person.pk for person in Person.objects.all()}
    practices = {
        practice.slug: practice.pk
        for practice in PracticePage.objects.filter(slug__in=data["practices"])
    }
    content = []
    if "paragraph" in data:
        content.append({"type": "paragraph", "value": data["paragraph"]})
    if "expert" in data:
        expert = dict(data["expert"], person=people[data["expert"]["person"]])
        content.append({"type": "expert", "value": expert})
    if "quote" in data:
        text, name = data["quote"]
        quote = {"text": text, "person": people[name], "attribution": ""}
        content.append({"type": "quote", "value": quote})
    return {
        "type": "chapter",
        "value": {
            "title": data["title"],
            "content": content,
            "practices": [practices[slug] for slug in data["practices"]],
        },
    }
