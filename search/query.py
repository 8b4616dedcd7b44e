"""Turn what a visitor typed into lexemes, phrases and filters."""

import re
from dataclasses import dataclass, field

from .analysis import query_lexeme, words

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
PHRASE_RE = re.compile(r'"([^"]*)"')
OPERATORS = {"AND", "OR", "NOT", "UND", "ODER", "NICHT"}
STOPWORDS = frozenset(
    """aber als am an auch auf aus bei bin bis da damit das dass dem den der des die
    dies diese dieser dieses du durch ein eine einem einen einer eines er es für hat
    ich ihr im in ist ja kann mit nach nicht noch nur ob oder sich sie sind so über
    um und uns vom von vor war was wie wir wird zu zum zur""".split()  # noqa: SIM905
)


@dataclass
class ParsedQuery:
    text: str = ""
    terms: list[str] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)
    words: list[str] = field(default_factory=list)

    @property
    def is_empty(self):
        return not self.terms and not self.phrases

    @property
    def lexemes(self):
        return set(self.terms) | {
            lexeme for phrase in self.phrases for lexeme in phrase
        }


def clean_text(raw):
    """Printable characters only (PostgreSQL rejects NUL), capped in length."""
    printable = "".join(ch if ch.isprintable() else " " for ch in str(raw))
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def _lexemes(text, keep_stopwords):
    found = []
    for word in words(text):
        if word.text in OPERATORS:
            continue
        if not keep_stopwords and word.text.lower() in STOPWORDS:
            continue
        found.append((word.text, query_lexeme(word.text)))
    return found


def parse_query(raw):
    text = clean_text(raw)
    parsed = ParsedQuery(text=text)
    for phrase_text in PHRASE_RE.findall(text):
        lexemes = [lexeme for _, lexeme in _lexemes(phrase_text, keep_stopwords=True)]
        if len(lexemes) > 1:
            parsed.phrases.append(lexemes[:MAX_TERMS])
        elif lexemes:
            parsed.terms.append(lexemes[0])
    rest = PHRASE_RE.sub(" ", text).replace('"', " ")
    for word, lexeme in _lexemes(rest, keep_stopwords=False):
        parsed.words.append(word)
        if lexeme not in parsed.terms:
            parsed.terms.append(lexeme)
    parsed.terms = parsed.terms[:MAX_TERMS]
    parsed.phrases = parsed.phrases[:MAX_TERMS]
    return parsed


@dataclass
class SearchFilters:
    kinds: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)

    def without(self, dimension):
        values = {name: list(getattr(self, name)) for name in self.dimensions()}
        values[dimension] = []
        return SearchFilters(**values)

    @staticmethod
    def dimensions():
        return ("kinds", "tags", "cities", "years")

    @property
    def is_empty(self):
        return not any(getattr(self, name) for name in self.dimensions())
