import datetime

from core.demo.helpers import ensure_child_page
from core.models import City, HomePage, Person, Tag

from .demo_content import CITY_INTROS, INDEX_INTRO, PRACTICES
from .models import CityPage, PracticeIndexPage, PracticePage

DEMO_ACCOUNTS = [
    ("netzwerkredaktion", "prüft und veröffentlicht", ["Netzwerkredaktion"]),
    ("redaktion-mannheim", "Redaktion Mannheim", ["Redaktion Mannheim"]),
    ("redaktion-augsburg", "Redaktion Augsburg", ["Redaktion Augsburg"]),
    (
        "redaktion-kaiserslautern",
        "Redaktion Kaiserslautern",
        ["Redaktion Kaiserslautern"],
    ),
]


def load(command):
    home = HomePage.objects.get()
    index = ensure_child_page(
        home,
        PracticeIndexPage,
        "praxis",
        title="Praxis",
        intro=INDEX_INTRO,
        show_in_menus=True,
        network_contact=Person.objects.filter(name="Daniel März").first(),
    )
    city_pages = {}
    for slug, intro in CITY_INTROS.items():
        city = City.objects.get(slug=slug)
        city_pages[slug] = ensure_child_page(
            index, CityPage, slug, title=city.name, city=city, intro=intro
        )
    for data in PRACTICES:
        build_practice(city_pages[data["city"]], data)
    command.report(
        f"Praxis: {len(city_pages)} Kommunen, {len(PRACTICES)} Praxisprofile"
    )


def build_practice(city_page, data):
    if city_page.get_children().filter(slug=data["slug"]).exists():
        return
    people = {person.name: person for person in Person.objects.all()}
    page = PracticePage(
        slug=data["slug"],
        title=data["title"],
        teaser=data["teaser"],
        quote_text=data.get("quote_text", ""),
        quote_person=people.get(data.get("quote_person")),
        situation=data.get("situation", ""),
        procedure=data.get("procedure", ""),
        results=data.get("results", ""),
        success_factors=data.get("success_factors", ""),
        transferability=data.get("transferability", ""),
        status=data["status"],
        start_year=data.get("start_year"),
        end_year=data.get("end_year"),
        last_reviewed=datetime.date(2026, 10, 1),
        further_links=[
            {"type": "link", "value": {"title": title, "url": url, "page": None}}
            for title, url in data.get("links", [])
        ],
    )
    page.approaches = Tag.objects.filter(name__in=data["approaches"])
    page.tags.add(*Tag.objects.filter(name__in=data["topics"]))
    for name, number in data.get("departments", []):
        page.departments.add(page.departments.model(name=name, number=number))
    for name in data.get("contacts", []):
        page.contacts.add(page.contacts.model(person=people[name]))
    city_page.add_child(instance=page)
    page.save_revision().publish()
