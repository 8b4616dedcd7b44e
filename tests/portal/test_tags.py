import pytest

from core.models import Tag
from core.text import german_slugify
from tests.factories import ApproachFactory, TagFactory
from tests.reports.factories import ArticleIndexPageFactory, ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("sozialräumlich", "sozialraeumlich"),
        ("Bildungsübergänge", "bildungsuebergaenge"),
        ("Größe der Städte", "groesse-der-staedte"),
        ("Straße", "strasse"),
        ("Öffentlichkeit", "oeffentlichkeit"),
        ("Café-Treff", "cafe-treff"),
    ],
)
def test_german_slugify_transliterates(name, slug):
    assert german_slugify(name) == slug


def test_new_tag_gets_a_german_slug():
    tag = Tag.objects.create(name="Übergänge")
    assert tag.slug == "uebergaenge"


def test_second_tag_with_same_slug_gets_a_suffix():
    Tag.objects.create(name="Schule")
    tag = Tag.objects.create(name="Schule!")
    assert tag.slug == "schule-1"


def test_approaches_come_in_their_editorial_order():
    ApproachFactory(name="partizipativ", sort_order=3)
    ApproachFactory(name="datenbasiert", sort_order=1)
    TagFactory(name="Bildungsmonitoring")
    assert [t.name for t in Tag.objects.approaches()] == [
        "datenbasiert",
        "partizipativ",
    ]


def test_tag_page_shows_the_explanation(client, home_page):
    ApproachFactory(name="datenbasiert")
    response = client.get("/schlagwort/datenbasiert/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "<h1>#datenbasiert</h1>" in content
    assert "Eine gemeinsame Datenbasis wird zur Planungsgrundlage." in content


def test_unknown_tag_gives_404(client, home_page):
    assert client.get("/schlagwort/gibt-es-nicht/").status_code == 404


@pytest.mark.parametrize(
    ("reports", "line"),
    [(1, "1 Eintrag mit diesem Schlagwort"), (2, "2 Einträge mit diesem Schlagwort")],
)
def test_tag_page_counts_in_singular_and_plural(client, home_page, reports, line):

    tag = TagFactory(name="Ganztag")
    index = ArticleIndexPageFactory(parent=home_page)
    for number in range(reports):
        page = ArticlePageFactory(parent=index, title=f"Treffen {number}")
        page.tags.add(tag)
        page.save_revision().publish()
    response = client.get("/schlagwort/ganztag/")
    assert line in response.text
