"""Generated member cities and practice profiles (see portal/generator.py)."""

from collections import Counter
from decimal import Decimal

from core.generator import (
    BATCH_SIZE,
    DEPARTMENTS,
    bulk_add_children,
    topic_tags,
    unique_slugs,
)
from core.models import City, FederalState, HomePage, Person, Tag
from core.text import german_slugify

from .models import CityPage, PracticeIndexPage, PracticePage, PracticeStatus
from .models.relations import PracticeContact, PracticeDepartment, TaggedPractice


def practice_index():
    index = PracticeIndexPage.objects.first()
    if index is None:
        index = PracticeIndexPage(title="Praxis", slug="praxis", show_in_menus=True)
        HomePage.objects.get().add_child(instance=index)
    return index


def generate_cities(gen, count):
    """New member cities with their city page, editor group and two contacts."""
    index = practice_index()
    taken = set(City.objects.values_list("slug", flat=True))
    cities = []
    while len(cities) < count:
        name = gen.fake.unique.city()
        slug = german_slugify(name)
        if slug in taken:
            continue
        taken.add(slug)
        cities.append(
            City.objects.create(
                name=name,
                slug=slug,
                federal_state=gen.random.choice(FederalState.values),
                population=gen.random.randint(100_000, 1_500_000),
                latitude=Decimal(f"{gen.random.uniform(47.6, 54.8):.5f}"),
                longitude=Decimal(f"{gen.random.uniform(6.2, 14.9):.5f}"),
                member_since=gen.random.randint(2008, 2026),
            )
        )
    slugs = set(index.get_children().values_list("slug", flat=True))
    for city in gen.progress(cities, count, "Kommunen"):
        (slug,) = unique_slugs([city.name], slugs)
        slugs.add(slug)
        page = CityPage(
            title=city.name, slug=slug, city=city, intro=gen.paragraphs(1, 1)
        )
        index.add_child(instance=page)
    Person.objects.bulk_create(
        Person(
            name=gen.fake.name(),
            role=gen.random.choice(["Bildungskoordination", "Bildungsmonitoring"]),
            organisation=f"Stadt {city.name}",
            city=city,
            public_contact=False,
        )
        for city in cities
        for _ in range(2)
    )
    return list(CityPage.objects.filter(city__in=cities).select_related("city"))


def generate_practices(gen, count, city_pages):
    """`count` live practice profiles spread over `city_pages`; returns their ids."""
    if not count or not city_pages:
        return []
    approaches = list(Tag.objects.approaches())
    topics = topic_tags()
    people = {}
    for person in Person.objects.filter(city__page__in=city_pages):
        people.setdefault(person.city_id, []).append(person)
    per_city = Counter(gen.random.choice(city_pages) for _ in range(count))
    created = []
    bar = gen.progress(None, count, "Praxisprofile")
    for city_page in city_pages:
        taken = set(city_page.get_children().values_list("slug", flat=True))
        remaining = per_city[city_page]
        while remaining:
            size = min(remaining, BATCH_SIZE)
            remaining -= size
            pages = [_practice(gen, city_page, people) for _ in range(size)]
            slugs = unique_slugs((page.title for page in pages), taken)
            for page, slug in zip(pages, slugs, strict=True):
                page.slug = slug
                taken.add(slug)
            bulk_add_children(city_page, pages)
            _relations(gen, pages, approaches, topics, people)
            created.extend(page.pk for page in pages)
            bar.update(size)
    bar.close()
    return created


def _practice(gen, city_page, people):
    start = gen.random.randint(2008, 2026)
    status = gen.random.choice(PracticeStatus.values)
    quoted = gen.random.choice(people.get(city_page.city_id) or [None])
    return PracticePage(
        title=gen.title(city_page.city.name),
        city_id=city_page.city_id,
        teaser=gen.fake.paragraph(nb_sentences=2),
        quote_text=gen.fake.sentence(nb_words=14) if quoted else "",
        quote_person=quoted,
        situation=gen.paragraphs(1, 3),
        procedure=gen.paragraphs(2, 4),
        results=gen.paragraphs(1, 3),
        success_factors=gen.paragraphs(1, 2),
        transferability=gen.paragraphs(0, 1),
        status=status,
        start_year=start,
        end_year=(
            min(start + gen.random.randint(1, 5), 2026)
            if status == PracticeStatus.COMPLETED
            else None
        ),
        last_reviewed=gen.past(2).date(),
        first_published_at=gen.past(),
        further_links=[],
        translation_key=gen.uuid(),
    )


def _relations(gen, pages, approaches, topics, people):
    through = PracticePage.approaches.through
    through.objects.bulk_create(
        through(practicepage_id=page.pk, tag_id=tag.pk)
        for page in pages
        for tag in gen.random.sample(approaches, gen.random.randint(1, len(approaches)))
    )
    TaggedPractice.objects.bulk_create(
        TaggedPractice(content_object_id=page.pk, tag_id=tag.pk)
        for page in pages
        for tag in gen.random.sample(topics, gen.random.randint(1, 3))
    )
    PracticeDepartment.objects.bulk_create(
        PracticeDepartment(page_id=page.pk, name=name, number=number, sort_order=order)
        for page in pages
        for order, (name, number) in enumerate(
            gen.random.sample(DEPARTMENTS, gen.random.randint(1, 3))
        )
    )
    PracticeContact.objects.bulk_create(
        PracticeContact(page_id=page.pk, person=person, sort_order=0)
        for page in pages
        if (person := gen.random.choice(people.get(page.city_id) or [None]))
    )
