import pytest

from search import indexing
from tests.factories import (
    ApproachFactory,
    CityFactory,
    CityPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    TagFactory,
)
from tests.practices import build_tree, make_editor


@pytest.fixture
def approaches(db):
    return {
        name: ApproachFactory(name=name, sort_order=order)
        for order, name in enumerate(
            ["datenbasiert", "sozialräumlich", "partizipativ"], start=1
        )
    }


@pytest.fixture
def practice_tree(home_page, approaches):
    """/praxis/ with Mannheim (two practices) and Augsburg (one)."""
    index = PracticeIndexPageFactory(parent=home_page)
    mannheim = CityPageFactory(
        parent=index, city=CityFactory(name="Mannheim", slug="mannheim")
    )
    augsburg = CityPageFactory(
        parent=index,
        city=CityFactory(name="Augsburg", slug="augsburg", federal_state="BY"),
    )
    ism = PracticePageFactory(
        parent=mannheim,
        title="Integriertes Sozialmanagement",
        slug="integriertes-sozialmanagement",
        approaches=[approaches["sozialräumlich"], approaches["datenbasiert"]],
        status="laufend",
    )
    ism.tags.add(TagFactory(name="Steuerung"))
    ism.save()
    quarter = PracticePageFactory(
        parent=mannheim,
        title="Quartiersbüros",
        approaches=[approaches["partizipativ"]],
        status="abgeschlossen",
    )
    monitoring = PracticePageFactory(
        parent=augsburg,
        title="Bildungsmonitoring",
        approaches=[approaches["datenbasiert"]],
        status="laufend",
    )
    monitoring.tags.add(TagFactory(name="Steuerung"))
    monitoring.save()
    return {
        "index": index,
        "mannheim": mannheim,
        "augsburg": augsburg,
        "ism": ism,
        "quarter": quarter,
        "monitoring": monitoring,
    }


@pytest.fixture
def tree(home_page):
    """The tree of tests/practices/__init__.py, with its editor groups."""
    return build_tree(home_page)


@pytest.fixture
def mannheim_editor(tree):
    return make_editor("mannheim", "Redaktion Mannheim")


@pytest.fixture
def searchable(practice_tree):
    """practice_tree with texts to find, indexed by the portal search."""
    texts = {
        "ism": "Sozialraumdaten steuern die Jugendhilfe im Quartier.",
        "quarter": "Quartiersbüros beraten Eltern vor Ort.",
        "monitoring": "Der Bildungsbericht zeigt Daten zu jedem Quartier.",
    }
    for key, teaser in texts.items():
        page = practice_tree[key]
        page.teaser = teaser
        page.save_revision().publish()
    indexing.rebuild()
    return practice_tree
