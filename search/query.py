"""Turn what a visitor typed into lexemes, phrases and filters."""

import dataclasses
import re
from dataclasses import dataclass, field

from .analysis import (
    ACRONYM_RE,
    compound_parts,
    fold,
    part_lexemes,
    query_lexeme,
    words,
)

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MIN_PREFIX = 4  # shorter word starts match too much to help
MAX_RELAXED_TERMS = 6  # all-but-one of more words is no answer to the query
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
    """What to look for: every term (or its alternative) and every phrase.

    The first pass asks for the terms as typed. Recovery widens a term to
    alternatives (`parts`: all parts of a compound; `prefixes`: the start of
    an unfinished word) or `relaxed` lets one term of several be missing.
    """

    text: str = ""
    terms: list[str] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    # term -> the word it came from
    sources: dict[str, str] = field(default_factory=dict)
    parts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    prefixes: dict[str, str] = field(default_factory=dict)
    relaxed: bool = False
    # A corrected query: engines with fuzzy matching of their own may use it.
    fuzzy: bool = False

    @property
    def is_empty(self):
        return not self.terms and not self.phrases

    @property
    def term_lexemes(self):
        """Lexemes found on their own: the terms and their compounds' parts."""
        return set(self.terms) | {
            lexeme for parts in self.parts.values() for lexeme in parts
        }

    @property
    def lexemes(self):
        return self.term_lexemes | {
            lexeme for phrase in self.phrases for lexeme in phrase
        }

    @property
    def can_relax(self):
        return 2 <= len(self.terms) + len(self.phrases) <= MAX_RELAXED_TERMS

    def widened(self, relaxed=False):
        """The same query with compounds also searched as their parts and the
        last word also as the start of a longer one."""
        parts, prefixes = {}, {}
        for term in self.terms:
            word = self.sources.get(term, "")
            if word and not ACRONYM_RE.match(word):
                split = compound_parts(fold(word))
                if len(split) > 1:
                    parts[term] = part_lexemes(split)
        last = self.words[-1] if self.words else ""
        if len(fold(last)) >= MIN_PREFIX and not ACRONYM_RE.match(last):
            prefixes[query_lexeme(last)] = fold(last)
        return dataclasses.replace(
            self, parts=parts, prefixes=prefixes, relaxed=relaxed
        )


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
            parsed.sources[lexeme] = word
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
