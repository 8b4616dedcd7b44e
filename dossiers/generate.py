"""Generated theme dossiers embedding generated practices (see portal/generator.py).

Dossiers are few, so they go through Wagtail's `add_child`: saving keeps the
back-link index and the print stock row as in the editor. They are not
published through revisions, so no PDF is rendered; the page links the PDF
once an editor publishes it.
"""

from django.db.models import Max

from core.generator import TOPICS, topic_tags, unique_slugs
from core.models import HomePage, Tag

from .models import DossierIndexPage, DossierPage, PrintStock


def dossier_index():
    index = DossierIndexPage.objects.first()
    if index is None:
        index = DossierIndexPage(
            title="Themendossiers", slug="themendossiers", show_in_menus=True
        )
        HomePage.objects.get().add_child(instance=index)
    return index


def generate_dossiers(gen, count, practice_ids):
    if not count:
        return []
    index = dossier_index()
    approaches = list(Tag.objects.approaches())
    topics = topic_tags()
    number = DossierPage.objects.aggregate(last=Max("issue_number"))["last"] or 0
    taken = set(index.get_children().values_list("slug", flat=True))
    dossiers = []
    for _ in gen.progress(range(count), count, "Themendossiers"):
        number += 1
        title = gen.random.choice(TOPICS)
        (slug,) = unique_slugs([f"{number}-{title}"], taken)
        taken.add(slug)
        page = DossierPage(
            title=title,
            slug=slug,
            issue_number=number,
            subtitle=gen.fake.sentence(nb_words=8).rstrip("."),
            publication_date=gen.past().date(),
            intro=gen.paragraphs(1, 2),
            chapters=[
                _chapter(gen, practice_ids) for _ in range(gen.random.randint(3, 6))
            ],
            print_available=gen.random.random() < 0.7,
            max_per_order=5,
        )
        page.approaches = gen.random.sample(approaches, gen.random.randint(1, 3))
        page.tags.add(*gen.random.sample(topics, 2))
        index.add_child(instance=page)
        PrintStock.objects.filter(dossier=page).update(stock=gen.random.randint(0, 500))
        dossiers.append(page)
    return dossiers


def _chapter(gen, practice_ids):
    size = min(len(practice_ids), gen.random.randint(1, 4))
    return {
        "type": "chapter",
        "value": {
            "title": gen.fake.sentence(nb_words=5).rstrip("."),
            "content": [
                {"type": "paragraph", "value": gen.paragraphs(2, 4)}
                for _ in range(gen.random.randint(1, 2))
            ],
            "practices": gen.random.sample(practice_ids, size),
        },
    }
