"""The index holds what a visitor reads on each page, and nothing else."""

import pytest

from contacts.models import ContactPage
from core.text import plain_text
from practices.models.relations import PracticeContact
from search import indexing, service
from search.models import SearchEntry
from tests.factories import (
    CityPageFactory,
    PersonFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    StandardPageFactory,
    TagFactory,
)
from tests.formpages.factories import FormPageFactory


@pytest.fixture
def city_page(home_page):
    return CityPageFactory(parent=PracticeIndexPageFactory(parent=home_page))


def titles(query):
    return [str(hit.title) for hit in service.search(query).hits]


def test_a_contact_persons_name_finds_the_practice(city_page):
    page = PracticePageFactory(parent=city_page, title="Übergänge begleiten")
    page.contacts.add(PracticeContact(person=PersonFactory(name="Aylin Demir")))
    page.save()
    indexing.rebuild()

    assert titles("Demir") == ["Übergänge begleiten"]


def test_the_quoted_persons_role_finds_the_practice(city_page):
    person = PersonFactory(name="Henrik Lindqvist", role="Quartierskoordinator")
    PracticePageFactory(
        parent=city_page, title="Stadtteilkonferenz", quote_person=person
    )
    indexing.rebuild()

    assert titles("Quartierskoordinator") == ["Stadtteilkonferenz"]


def test_a_tag_name_the_text_never_uses_finds_the_page(city_page):
    page = PracticePageFactory(parent=city_page, title="Sprechstunde in der Kita")
    page.tags.add(TagFactory(name="Frühe Bildung"))
    page.save()
    indexing.rebuild()

    assert titles("Frühe Bildung") == ["Sprechstunde in der Kita"]


def test_form_pages_and_the_contact_page_are_found(home_page):
    FormPageFactory(parent=home_page, intro="<p>Werden Sie Mitgliedskommune.</p>")
    home_page.add_child(
        instance=ContactPage(
            title="Kontakt", slug="kontakt", address="Geschäftsstelle\nMusterstraße 1"
        )
    )
    indexing.rebuild()

    assert titles("Mitgliedskommune") == ["Mitglied werden"]
    assert titles("Musterstraße") == ["Kontakt"]


def test_heading_levels_and_empty_attributions_stay_out(home_page):
    StandardPageFactory(
        parent=home_page,
        title="Impressum",
        body=[
            ("heading", {"text": "Herausgeber", "level": "h2"}),
            ("quote", {"text": "Gut geplant.", "person": None, "attribution": ""}),
        ],
    )
    indexing.rebuild()

    body = SearchEntry.objects.get(title="Impressum").body
    assert body == "Herausgeber\nGut geplant."
    assert titles("Zwischenüberschrift") == []


def test_paragraphs_and_lines_never_run_together(city_page):
    PracticePageFactory(
        parent=city_page,
        title="Anschrift",
        situation="<p>Transferagentur für Großstädte</p><p>Musterstraße 1<br>10115</p>",
    )
    indexing.rebuild()

    assert titles("Musterstraße") == ["Anschrift"]
    assert titles("10115") == ["Anschrift"]


def test_plain_text_keeps_blocks_apart_and_unescapes():
    assert plain_text("<h3>Ziele</h3><ul><li>A&amp;B</li><li>C</li></ul>") == (
        "Ziele\nA&B\nC"
    )
