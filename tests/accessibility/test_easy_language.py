"""Pages in Leichte Sprache: one statement a line, words explained, findable."""

import pytest
from bs4 import BeautifulSoup
from wagtail.blocks import StructBlockValidationError

from accessibility.blocks import StatementLinesBlock
from tests.accessibility.factories import EasyLanguagePageFactory
from tests.factories import CreditedImageFactory

SECTION = {
    "type": "section",
    "value": {
        "heading": "Was ist das Portal?",
        "text": "Das Portal ist eine Internet-Seite.\n\n"
        "Städte zeigen dort ihre Arbeit.",
        "image": None,
    },
}
WORD = {
    "type": "word",
    "value": {"word": "Bildung", "explanation": "Bildung heißt:\nMenschen lernen."},
}


def soup_of(client, page):
    return BeautifulSoup(client.get(page.url).content, "html.parser")


@pytest.fixture
def easy_page(home_page):
    return EasyLanguagePageFactory(
        parent=home_page,
        title="Das Portal in Leichter Sprache",
        slug="leichte-sprache",
        body=[SECTION, WORD],
    )


def test_each_line_is_a_statement_of_its_own_in_german(client, easy_page):
    soup = soup_of(client, easy_page)
    article = soup.select_one("article.easy-language")
    assert article["lang"] == "de"
    assert [p.get_text() for p in article.select(".easy-section__lines p")] == [
        "Das Portal ist eine Internet-Seite.",
        "Städte zeigen dort ihre Arbeit.",
    ]
    assert [p.get_text() for p in article.select(".easy-language__intro")] == [
        "Hier steht ein kurzer Satz.",
        "Hier steht noch ein Satz.",
    ]


def test_a_hard_word_is_explained_in_a_box(client, easy_page):
    box = soup_of(client, easy_page).select_one(".easy-word")
    assert box.select_one("dfn").get_text() == "Bildung"
    assert [p.get_text(" ", strip=True) for p in box.select("p")] == [
        "Das Wort Bildung bedeutet:",
        "Bildung heißt:",
        "Menschen lernen.",
    ]


def test_an_image_stands_beside_the_text_with_its_description(client, home_page):
    image = CreditedImageFactory()
    section = {**SECTION, "value": {**SECTION["value"], "image": image.pk}}
    page = EasyLanguagePageFactory(parent=home_page, body=[section])

    soup = soup_of(client, page)
    assert soup.select_one(".easy-section--with-image")
    img = soup.select_one(".easy-section__image")
    assert img["alt"] == image.description


def test_a_long_line_is_refused_as_no_short_sentence():
    block = StatementLinesBlock()
    value = block.to_python({"heading": "", "text": "Wort " * 30, "image": None})
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    message = refused.value.block_errors["text"].messages[0]
    assert message.startswith("Zeile 1 hat 149 Zeichen.")


def test_the_pages_below_are_listed_and_link_back(client, easy_page):
    usage = EasyLanguagePageFactory(
        parent=easy_page, title="So benutzen Sie das Portal", slug="benutzen"
    )
    more = soup_of(client, easy_page).select(".easy-language__more a")
    assert [(a.get_text(), a["href"]) for a in more] == [
        ("So benutzen Sie das Portal", "/leichte-sprache/benutzen/")
    ]
    back = soup_of(client, usage).select_one(".easy-language__back a")
    assert back["href"] == "/leichte-sprache/"


def test_search_filters_to_leichte_sprache(client, easy_page, home_page):
    from search import indexing
    from tests.factories import StandardPageFactory

    StandardPageFactory(parent=home_page, title="Portal für Fachleute")
    indexing.rebuild()

    everything = BeautifulSoup(
        client.get("/suche/", {"q": "Portal"}).content, "html.parser"
    )
    option = everything.select_one("input[name=typ][value=easy_language]").parent
    assert option.get_text(" ", strip=True) == "Leichte Sprache (1)"
    only_easy = BeautifulSoup(
        client.get("/suche/", {"q": "Portal", "typ": "easy_language"}).content,
        "html.parser",
    )
    hits = only_easy.select(".search-hit .card__title a")
    titles = [a.get_text(" ", strip=True) for a in hits]
    assert titles == ["Das Portal in Leichter Sprache"]
