import pytest

from search.analysis import fold, query_lexeme, split_compound, stem, word_lexemes
from search.query import parse_query


@pytest.mark.parametrize(
    "spelling", ["Führungskräfte", "Fuehrungskraefte", "Fuhrungskrafte"]
)
def test_umlaut_spellings_become_one_lexeme(spelling):
    assert query_lexeme(spelling) == query_lexeme("Führungskräfte")


@pytest.mark.parametrize(
    ("inflected", "base"),
    [
        ("Bildungsberichte", "Bildungsbericht"),
        ("Quartieren", "Quartier"),
        ("Städten", "Stadt"),
        ("Räume", "Raum"),
        ("Schulen", "Schule"),
        ("Bildungszentren", "Bildungszentrum"),
        ("Themen", "Thema"),
        ("Gremien", "Gremium"),
        ("Mechanismen", "Mechanismus"),
        ("Referentinnen", "Referentin"),
        ("Schülerinnen", "Schülerin"),
    ],
)
def test_inflected_forms_share_the_lexeme(inflected, base):
    assert query_lexeme(inflected) == query_lexeme(base)


@pytest.mark.parametrize(
    ("compound", "parts"),
    [
        ("Kinderferienprogramm", ("kinder", "ferien", "programm")),
        ("Bildungsplanung", ("bildungs", "planung")),
        ("Stadtjugendring", ("stadt", "jugend", "ring")),
        ("Steuerungsinstrumente", ("steuerungs", "instrumente")),
        ("Gemeinwesenarbeit", ("gemeinwesen", "arbeit")),
    ],
)
def test_compounds_split_into_their_parts(compound, parts):
    assert split_compound(fold(compound)) == parts


@pytest.mark.parametrize(
    "word", ["Quartier", "Partizipation", "Integration", "Verwaltung", "Beteiligung"]
)
def test_plain_words_are_not_split(word):
    assert split_compound(fold(word)) == ()


def test_compound_is_indexed_with_its_right_hand_parts_and_modifiers():
    lexemes = word_lexemes("Kinderferienprogramm")
    assert lexemes[0] == query_lexeme("Kinderferienprogramm")
    assert query_lexeme("Ferienprogramm") in lexemes
    assert query_lexeme("Programm") in lexemes
    assert query_lexeme("Kinder") in lexemes


def test_acronym_gets_a_marker_that_lower_case_words_lack():
    assert query_lexeme("KLAR") == "x_klar"
    assert "x_klar" in word_lexemes("KLAR")
    assert "x_klar" not in word_lexemes("klar")


def test_fold_keeps_ue_after_a_vowel():
    assert fold("Steuer") == "steuer"
    assert fold("Quelle") == "quelle"
    assert fold("Straße") == "strasse"


@pytest.mark.parametrize(
    ("word", "part"),
    [
        ("Sozialmanagement", "management"),
        ("Zentralcontrolling", "controlling"),
        ("Digitalstrategie", "strategi"),
    ],
)
def test_adjective_modifiers_split_a_compound(word, part):
    assert part in word_lexemes(word)


def test_a_modifier_loses_its_linking_element():
    # "Quartiers…" and "Quartieren" meet in one lexeme.
    assert stem(fold("Quartieren")) in word_lexemes("Quartiersbildungszentren")


def test_a_widened_query_asks_for_parts_and_the_last_word_start():
    widened = parse_query("Kita Quartiersplanung").widened()

    assert widened.parts == {"quartiersplan": ("quarti", "planung")}
    assert widened.prefixes == {"quartiersplan": "quartiersplanung"}


def test_dotless_i_folds_to_i():
    assert fold("Yıldız") == "yildiz"


def test_a_feminine_noun_keeps_apart_from_a_word_of_the_same_stem():
    # Snowball stems "Schülerin" like "Schule".
    assert query_lexeme("Schülerin") != query_lexeme("Schule")
    assert query_lexeme("Schüler") in word_lexemes("Schülerinnen")
    assert query_lexeme("Referent") in word_lexemes("Referentinnen")


def test_a_feminine_plural_is_no_compound():
    assert word_lexemes("Schülerinnen") == ("schulerin", "schul")
    assert not parse_query("Schülerinnen").widened().parts


def test_a_borrowed_plural_as_a_compounds_head_meets_its_singular():
    lexemes = word_lexemes("Quartiersbildungszentren")
    assert query_lexeme("Bildungszentrum") in lexemes
    assert query_lexeme("Zentrum") in lexemes


def test_a_plural_that_is_another_nouns_singular_keeps_its_stem():
    assert query_lexeme("Kosten") != query_lexeme("Kostüm")
