"""Snippets: a window around the first match, every match in it marked."""

from search.analysis import word_lexemes
from search.highlight import Matcher, highlight, snippet


def lexemes(*words):
    return {word_lexemes(word)[0] for word in words}


def test_every_match_inside_the_window_is_marked():
    text = "Die Quartiere im Norden und ein Quartier im Süden."
    marked = snippet(text, lexemes("Quartier"))
    assert marked == (
        "Die <mark>Quartiere</mark> im Norden und ein <mark>Quartier</mark> im Süden."
    )


def test_the_window_starts_near_the_first_match_and_ends_at_a_word():
    text = " ".join(["Vorwort"] * 100 + ["Quartier"] + ["Nachwort"] * 100)
    marked = snippet(text, lexemes("Quartier"), length=80)
    assert marked.startswith("…Vorwort")
    assert "<mark>Quartier</mark>" in marked
    assert marked.endswith("Nachwort…")
    assert len(marked.replace("<mark>", "").replace("</mark>", "")) <= 82


def test_matches_past_the_window_are_left_out():
    text = "Quartier " + "Text " * 100 + "Quartier am Ende"
    marked = snippet(text, lexemes("Quartier"), length=60)
    assert marked.count("<mark>") == 1
    assert "am Ende" not in marked


def test_without_a_match_the_text_opening_is_shown_escaped():
    marked = snippet("<b>Kein</b> Treffer " * 30, lexemes("Quartier"), length=20)
    assert marked == "&lt;b&gt;Kein&lt;/b&gt; Treffer …"


def test_a_title_is_marked_whole():
    assert highlight("Quartier & Stadt", lexemes("Stadt")) == (
        "Quartier &amp; <mark>Stadt</mark>"
    )


def test_words_past_the_window_are_never_analysed(monkeypatch):
    seen = []

    def counting(word):
        seen.append(word)
        return word_lexemes(word)

    monkeypatch.setattr("search.highlight.word_lexemes", counting)
    text = "Quartier " + "Nachwort " * 10_000
    snippet(text, lexemes("Quartier"), length=60)
    assert len(seen) < 20


def test_a_phrase_snippet_shows_the_phrase_not_its_first_stop_word():
    text = (
        "Die Stadt plant. "
        + "Füllwort " * 60
        + "Ein Angebot, das die Richtigen erreicht."
    )
    phrase = [word_lexemes(word)[0] for word in ("die", "Richtigen")]

    marked = snippet(text, Matcher(set(), [phrase]), length=80)

    assert "<mark>die</mark> <mark>Richtigen</mark> erreicht" in marked
    assert "Die Stadt" not in marked


def test_the_start_of_a_longer_word_is_marked():
    assert highlight(
        "Sozialräumliche Planung", Matcher(set(), prefixes=["sozialr"])
    ) == ("<mark>Sozialräumliche</mark> Planung")
