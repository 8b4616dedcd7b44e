"""German noun forms for splitting compounds, from the german-nouns package,
and the adjectives and adverbs that may stand first in a compound.

Reading its 20 MB CSV takes seconds, so the folded forms are cached as a plain
word list next to the package version; later processes load that in ~0.1 s.
"""

import csv
import functools
import os
import tempfile
from importlib.metadata import version
from pathlib import Path

from django.conf import settings

CASES = ("nominativ", "genitiv", "dativ", "akkusativ")


def cache_path():
    folder = getattr(settings, "SEARCH_CACHE_DIR", "") or tempfile.gettempdir()
    return Path(folder) / f"praxisportal-lexicon-{version('german-nouns')}.txt"


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


@functools.cache
def noun_forms():
    from .analysis import fold

    path = cache_path()
    if path.exists():
        return frozenset(path.read_text(encoding="utf-8").split())
    forms = read_noun_forms(fold)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text("\n".join(sorted(forms)), encoding="utf-8")
    temporary.replace(path)  # atomic: parallel workers never read half a file
    return frozenset(forms)


@functools.cache
def modifier_words():
    """Adjectives and adverbs that may start a compound (data/modifiers.txt)."""
    path = Path(__file__).resolve().parent / "data" / "modifiers.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
