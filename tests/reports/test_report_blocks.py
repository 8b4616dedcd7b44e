import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StructBlockValidationError

from members.access import members_collection
from reports.blocks import SurveyResultBlock
from tests.factories import (
    ApproachFactory,
    CityFactory,
    CityPageFactory,
    PersonFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    TagFactory,
)
from tests.portal.factories import DocumentFactory
from tests.reports.factories import ArticleIndexPageFactory, ArticlePageFactory

SURVEY = {
    "question": "Wo sehen Sie das größte Potenzial?",
    "answers": [
        {"label": "datenbasiert", "count": 1},
        {"label": "sozialräumlich", "count": 3},
    ],
    "example_data": False,
    "note": "Abfrage beim Treffen",
}


def soup_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def index(home_page):
    return ArticleIndexPageFactory(parent=home_page)


@pytest.fixture
def practice(home_page):
    practices = PracticeIndexPageFactory(parent=home_page)
    city_page = CityPageFactory(
        parent=practices, city=CityFactory(name="Mannheim", slug="mannheim")
    )
    page = PracticePageFactory(
        parent=city_page,
        title="Integriertes Sozialmanagement",
        teaser="Sechs Steuerungsinstrumente für integrierte Planung.",
        approaches=[ApproachFactory(name="sozialräumlich")],
    )
    page.tags.add(TagFactory(name="Steuerung"))
    page.save_revision().publish()
    return page


def report(index, *blocks):
    return ArticlePageFactory(parent=index, body=list(blocks))


def test_survey_draws_bars_with_numbers_and_a_table(client, index):
    soup = soup_of(client, report(index, {"type": "survey", "value": SURVEY}))
    figure = soup.select_one("figure.survey")
    assert figure.figcaption.get_text(strip=True) == SURVEY["question"]
    values = [v.get_text() for v in figure.select(".survey__value")]
    assert values == ["1 (25 %)", "3 (75 %)"]
    assert figure.select_one("svg")["aria-hidden"] == "true"
    assert [r["width"] for r in figure.select("rect.survey__fill")] == ["25%", "75%"]
    cells = [td.get_text() for td in figure.select("table tbody td")]
    assert cells == ["1", "25 %", "3", "75 %"]
    assert (
        "4 Antworten. Abfrage beim Treffen" in figure.select_one(".survey__note").text
    )
    assert not figure.select_one(".survey__example")


def test_survey_with_example_figures_says_so(client, index):
    value = {**SURVEY, "example_data": True}
    soup = soup_of(client, report(index, {"type": "survey", "value": value}))
    assert soup.select_one(".survey__example").get_text() == "Beispieldaten"
    assert "erfundene Beispieldaten" in soup.select_one(".survey__note").get_text()


def test_survey_needs_a_count_above_zero():
    block = SurveyResultBlock()
    value = {**SURVEY, "answers": [{"label": "a", "count": 0}] * 2}
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(value))


def test_principles_are_a_numbered_list_with_claims(client, index):
    value = {
        "heading": "Drei Grundsätze",
        "principles": [
            {"title": "Datenbasierung", "claim": "Daten bieten Anlässe", "text": "A"},
            {"title": "Partizipation", "claim": "", "text": "B"},
        ],
    }
    soup = soup_of(client, report(index, {"type": "principles", "value": value}))
    items = soup.select("ol.principles__list > li")
    assert [li.h3.get_text() for li in items] == ["Datenbasierung", "Partizipation"]
    assert (
        items[0].select_one(".principles__claim").get_text() == "„Daten bieten Anlässe“"
    )


def test_expert_profile_shows_role_and_bio(client, index):
    person = PersonFactory(
        name="Stephan Maykus",
        title="Prof. Dr.",
        organisation="Hochschule Osnabrück",
        role="Professor für Soziale Arbeit",
        bio="Forscht zu Bildungslandschaften.",
    )
    value = {"heading": "Blick in die Wissenschaft", "person": person.pk, "text": ""}
    soup = soup_of(client, report(index, {"type": "expert", "value": value}))
    expert = soup.select_one(".expert-profile")
    assert expert.h2.get_text() == "Blick in die Wissenschaft"
    name = expert.select_one(".expert-profile__name").get_text()
    assert name == "Prof. Dr. Stephan Maykus"
    role = expert.select_one(".expert-profile__role").get_text()
    assert "Hochschule Osnabrück" in role
    assert "Forscht zu Bildungslandschaften." in expert.get_text()


def test_practice_teaser_shows_city_title_teaser_and_tags(client, index, practice):
    block = {"type": "practice_teaser", "value": {"page": practice.pk}}
    teaser = soup_of(client, report(index, block)).select_one(".practice-teaser")
    assert "Mannheim" in teaser.select_one(".card__meta").get_text()
    assert teaser.select_one("a")["href"] == practice.url
    assert "Sechs Steuerungsinstrumente" in teaser.get_text()
    tags = [a.get_text() for a in teaser.select(".tag-list a")]
    assert tags == ["#sozialräumlich", "#Steuerung"]


def test_practice_teaser_hides_an_unpublished_practice(client, index, practice):
    page = report(index, {"type": "practice_teaser", "value": {"page": practice.pk}})
    practice.unpublish()
    assert not soup_of(client, page).select(".practice-teaser")


def test_downloads_show_format_and_size_but_never_private_files(client, index):
    public = DocumentFactory(title="Bildungsbericht 2020")
    public.file_size = 2_400_000
    public.save()
    private = DocumentFactory(title="Protokoll", collection=members_collection())
    value = {"heading": "Downloads", "documents": [public.pk, private.pk]}
    soup = soup_of(client, report(index, {"type": "downloads", "value": value}))
    items = [li.get_text(" ", strip=True) for li in soup.select(".download-list li")]
    assert items == ["Bildungsbericht 2020 (PDF, 2,3\xa0MB)"]


def test_contact_person_block_shows_public_contact(client, index):
    person = PersonFactory(
        name="Daniel März", email="kontakt@example.org", public_contact=True
    )
    value = {"heading": "Ansprechperson", "person": person.pk, "text": "Jederzeit."}
    block = soup_of(client, report(index, {"type": "contact", "value": value}))
    contact = block.select_one(".contact-block")
    assert "Daniel März" in contact.get_text()
    assert contact.select_one("a[href='mailto:kontakt@example.org']")


def quote(person):
    return {"type": "quote", "value": {"text": "Ein Zitat.", "person": person.pk}}


def test_report_renders_in_the_same_queries_with_more_blocks(
    client, index, practice, django_assert_max_num_queries
):
    small = report(index, quote(PersonFactory()), _teaser(practice), _docs(1))
    client.get(small.url)  # warm per-process caches
    with CaptureQueriesContext(connection) as few:
        client.get(small.url)
    people = [quote(PersonFactory()) for _ in range(8)]
    big = report(index, *people, *[_teaser(practice)] * 5, _docs(5))
    few = len(few)  # read before the next request clears the query log
    client.get(small.url)  # new content empties the cached chrome
    with django_assert_max_num_queries(few):
        client.get(big.url)


def _teaser(practice):
    return {"type": "practice_teaser", "value": {"page": practice.pk}}


def _docs(number):
    ids = [DocumentFactory().pk for _ in range(number)]
    return {"type": "downloads", "value": {"heading": "Downloads", "documents": ids}}
