"""German noun forms for splitting compounds, from the german-nouns package,
the plurals of nouns borrowed from Latin and Greek ("Zentren" of "Zentrum"),
and the adjectives and adverbs that may stand first in a compound.

Reading its 20 MB CSV takes seconds, so the folded forms are cached next to the
package version: the noun forms as a MARISA trie (0.6 MB, loaded in well under a
millisecond; a frozenset of the 247,000 forms held 33 MB in every worker), the
plurals as a plain word list.
"""

import csv
import functools
import os
import tempfile
from importlib.metadata import version
from pathlib import Path

from django.conf import settings

CASES = ("nominativ", "genitiv", "dativ", "akkusativ")
# Singular endings whose plural Snowball stems apart: Zentrum/Zentren,
# Thema/Themen, Mechanismus/Mechanismen.
BORROWED_SINGULAR_ENDINGS = ("um", "us", "a")


def cache_path(name="lexicon"):
    folder = getattr(settings, "SEARCH_CACHE_DIR", "") or tempfile.gettempdir()
    return Path(folder) / f"praxisportal-{name}-{version('german-nouns')}.txt"


def read_noun_forms(fold):
    from german_nouns.config import CSV_FILE_PATH

    forms = set()
    with open(CSV_FILE_PATH, encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        columns = [i for i, name in enumerate(header) if name.startswith(CASES)]
        for row in rows:
            for i in columns:
                word = row[i] if i < len(row) else ""
                if word.isalpha():
                    forms.add(fold(word))
    return forms


def read_borrowed_plurals(fold):
    """Folded plural → folded singular of nouns like "Zentrum", leaving out
    a plural that is also the singular of another noun."""
    from german_nouns.config import CSV_FILE_PATH

    plurals, singulars = {}, set()
    with open(CSV_FILE_PATH, encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        columns = [
            (i, "plural" in name)
            for i, name in enumerate(header)
            if name.startswith(CASES)
        ]
        for row in rows:
            forms = [
                (fold(row[i]), plural)
                for i, plural in columns
                if i < len(row) and row[i].isalpha()
            ]
            singulars.update(form for form, plural in forms if not plural)
            lemma = row[0]
            if lemma.isalpha() and lemma.endswith(BORROWED_SINGULAR_ENDINGS):
                plurals.update((form, fold(lemma)) for form, plural in forms if plural)
    return {
        plural: lemma
        for plural, lemma in plurals.items()
        if plural != lemma and plural not in singulars
    }


def cached_lines(name, read):
    """The lines `read()` returns, kept in SEARCH_CACHE_DIR after the first read."""
    path = cache_path(name)
    if path.exists():
        return path.read_text(encoding="utf-8").splitlines()
    lines = sorted(read())
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text("\n".join(lines), encoding="utf-8")
    temporary.replace(path)  # atomic: parallel workers never read half a file
    return lines


def cached_trie(name, read):
    """A trie of the words `read()` returns, kept in SEARCH_CACHE_DIR after the
    first read."""
    import marisa_trie

    path = cache_path(name).with_suffix(".marisa")
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        marisa_trie.Trie(read()).save(str(temporary))
        temporary.replace(path)  # atomic: parallel workers never read half a file
    trie = marisa_trie.Trie()
    trie.load(str(path))
    return trie


@functools.cache
def noun_forms():
    """The folded noun forms; `form in noun_forms()` is all callers ask."""
    from .analysis import fold

    return cached_trie("lexicon", lambda: read_noun_forms(fold))


@functools.cache
def borrowed_plurals():
    from .analysis import fold

    def read():
        pairs = read_borrowed_plurals(fold)
        return [f"{plural} {singular}" for plural, singular in pairs.items()]

    return dict(line.split() for line in cached_lines("plurals", read) if line)


@functools.cache
def modifier_words():
    """Adjectives and adverbs that may start a compound (data/modifiers.txt)."""
    path = Path(__file__).resolve().parent / "data" / "modifiers.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
