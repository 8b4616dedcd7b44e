"""Realistic generated content at scale, for benchmarks and load tests.

Pages are written in bulk: the tree paths are computed here and the rows go in
with `bulk_create`, without revisions, signals or search indexing (the command
indexes at the end). Wagtail cannot bulk-create a page type itself, because it
spans two tables (`wagtailcore_page` and the type's own); the base rows are
bulk-created first and the type's rows inserted with their ids.
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone
from faker import Faker
from tqdm import tqdm
from wagtail.models import Page

from core.models import Tag
from core.text import german_slugify

BATCH_SIZE = 1000

TOPICS = [
    "Bildungsmonitoring",
    "Bildungsbericht",
    "Sozialraumanalyse",
    "Übergang Kita–Grundschule",
    "Übergang Schule–Beruf",
    "Elternbeteiligung",
    "Sprachförderung",
    "Ganztagsausbau",
    "Ferienprogramm",
    "Bildungskonferenz",
    "Jugendbeteiligung",
    "Schulentwicklungsplanung",
    "Kita-Sozialindex",
    "Bildungslandschaft",
    "Familienzentren",
    "Armutsprävention",
    "Bildungsberatung",
    "Quartiersmanagement",
    "Kinder- und Jugendhilfeplanung",
    "Digitale Bildung",
]
TOPIC_TAGS = [
    "Bildungsmonitoring",
    "Übergänge",
    "Sozialraum",
    "Beteiligung",
    "Steuerung",
    "Frühe Bildung",
    "Schule",
    "Jugend",
    "Integration",
    "Armutsprävention",
]
DEPARTMENTS = [
    ("Amt für Schule und Bildung", "40"),
    ("Jugendamt", "51"),
    ("Sozialamt", "50"),
    ("Gesundheitsamt", "53"),
    ("Stadtplanungsamt", "61"),
    ("Amt für Statistik und Wahlen", "12"),
    ("Kulturamt", "41"),
    ("Integrationsbüro", ""),
    ("Bildungsbüro", ""),
    ("Stabsstelle Bildungsmanagement", ""),
]
FORMATS = [
    "{topic} im Stadtteil {district}",
    "{topic}: gemeinsam planen in {city}",
    "{topic} für {district}",
    "Kommunales {topic_plain} {year}",
    "Netzwerk {topic} {city}",
    "{topic} – Datenbasis für {district}",
]


class Generator:
    """Seeded randomness and German fake text, shared by the app generators."""

    def __init__(self, seed=None, out=None, progress=True):
        # Reproducible fake content, nothing secret.
        self.random = random.Random(seed)  # noqa: S311
        self.fake = Faker("de_DE")
        self.fake.seed_instance(seed)
        self.out = out
        self.show_progress = progress
        self.now = timezone.now()

    def uuid(self):
        return uuid.UUID(int=self.random.getrandbits(128), version=4)

    def paragraphs(self, low, high, sentences=5):
        count = self.random.randint(low, high)
        return "".join(
            f"<p>{self.fake.paragraph(nb_sentences=sentences)}</p>"
            for _ in range(count)
        )

    def past(self, years=6):
        return self.now - datetime.timedelta(days=self.random.randint(0, 365 * years))

    def title(self, city):
        topic = self.random.choice(TOPICS)
        return self.random.choice(FORMATS).format(
            topic=topic,
            topic_plain=topic.split()[0],
            district=self.fake.last_name() + self.random.choice(["viertel", "feld"]),
            city=city,
            year=self.random.randint(2015, 2026),
        )

    def progress(self, iterable, total, label):
        return tqdm(
            iterable,
            total=total,
            desc=label,
            unit=" Einträge",
            disable=not self.show_progress,
            file=self.out,
            leave=True,
        )


def unique_slugs(titles, taken=()):
    seen = set(taken)
    for title in titles:
        base = german_slugify(title)[:70] or "eintrag"
        slug, number = base, 1
        while slug in seen:
            number += 1
            slug = f"{base}-{number}"
        seen.add(slug)
        yield slug


def bulk_add_children(parent, pages):
    """Insert live `pages` (all of one type) below `parent` in one go.

    Returns the pages with their ids. Everything Wagtail's `add_child` would set
    is set here, except revisions: the pages are live without a history.
    """
    if not pages:
        return pages
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    last_child = parent.get_last_child()
    step = last_child._get_lastpos_in_path() if last_child else 0
    depth = parent.depth + 1
    for page in pages:
        step += 1
        page.path = Page._get_path(parent.path, depth, step)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.first_published_at or timezone.now()
        page.last_published_at = page.first_published_at
        page.translation_key = page.translation_key or uuid.uuid4()
    base_fields = [field.attname for field in Page._meta.concrete_fields]
    bases = [
        Page(**{name: getattr(page, name) for name in base_fields if name != "id"})
        for page in pages
    ]
    Page.objects.bulk_create(bases, batch_size=BATCH_SIZE)
    for page, base in zip(pages, bases, strict=True):
        page.pk = page.page_ptr_id = base.pk
    own_fields = list(model._meta.local_concrete_fields)
    for start in range(0, len(pages), BATCH_SIZE):
        model._base_manager._insert(
            pages[start : start + BATCH_SIZE],
            fields=own_fields,
            using=connection.alias,
        )
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return pages


def topic_tags():
    """The topic vocabulary, completed with the usual network topics."""
    existing = {tag.name: tag for tag in Tag.objects.topics()}
    missing = [name for name in TOPIC_TAGS if name not in existing]
    for name in missing:
        existing[name] = Tag.objects.create(name=name, kind=Tag.Kind.TOPIC)
    return list(existing.values())
