"""German text analysis shared by indexing and querying, for every backend.

Each word becomes lexemes built in Python: folded (case, ß, umlaut spellings,
accents), stemmed with Snowball, split into compound parts, and acronyms kept
apart. Documents and queries go through the same steps, so both always agree.
Where Snowball stems forms of one noun apart or nouns together, the lexicon
steps in: a borrowed plural stems as its singular ("Zentren" as "Zentrum"), and
a feminine person noun keeps its singular ("Schülerinnen" as "schulerin", not
"schul" of "Schule", with the masculine stem beside it).
"""

import functools
import re
import unicodedata
from typing import NamedTuple

import Stemmer

from .lexicon import borrowed_plurals, modifier_words, noun_forms

TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)
ACRONYM_RE = re.compile(r"^[A-ZÄÖÜ]{2,8}$")
ACRONYM_PREFIX = "x_"
UMLAUT_SPELLING_RE = re.compile(r"(?<![aeiouyq])(a|o|u)e")
LINKING_ELEMENTS = ("es", "s", "en", "n", "er", "e")
MIN_HEAD, MIN_MODIFIER, MIN_COMPOUND = 4, 3, 8
NEVER_SPLIT = frozenset({"partizipation", "quartier", "integration"})

_stemmer = Stemmer.Stemmer("german")


# Letters without a decomposition into base letter and accent.
UNDECOMPOSABLE = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d"})


def fold(word):
    """Lower-case, ß→ss, ae/oe/ue→a/o/u (not after a vowel or q), no accents."""
    word = word.lower().replace("ß", "ss").translate(UNDECOMPOSABLE)
    word = UMLAUT_SPELLING_RE.sub(r"\1", word)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=200_000)
def stem(folded):
    return _stemmer.stemWord(singular_of_borrowed(folded))


def singular_of_borrowed(folded):
    """A borrowed plural as its singular, also as a compound's head
    ("bildungszentren" → "bildungszentrum"): Snowball stems them apart."""
    plurals = borrowed_plurals()
    if folded in plurals:
        return plurals[folded]
    parts = split_compound(folded)
    if parts and parts[-1] in plurals:
        return folded[: -len(parts[-1])] + plurals[parts[-1]]
    return folded


def _feminine_base(folded):
    """ "schulerinnen" → "schulerin" when the lexicon knows both forms."""
    base = folded[:-3] if folded.endswith("innen") else folded
    nouns = noun_forms()
    known = base.endswith("in") and base in nouns and base + "nen" in nouns
    return base if known else ""


def feminine_singular(folded):
    """The singular of a feminine person noun, or of a compound ending in
    one ("bildungsreferentinnen" → "bildungsreferentin"), else ""."""
    if len(folded) < 6:
        return ""
    if _feminine_base(folded):
        return _feminine_base(folded)
    parts = split_compound(folded)
    if parts and _feminine_base(parts[-1]):
        return folded[:-3] if folded.endswith("innen") else folded
    return ""


def compound_parts(folded):
    """split_compound(), but a feminine noun is no compound: "Schülerinnen"
    is not "Schule" + "Rinnen"."""
    return () if _feminine_base(folded) else split_compound(folded)


def right_hand_parts(folded, parts):
    """Each compound's tail from its second part on, linking elements kept:
    "quartiersbildungszentren" → "bildungszentren", "zentren"."""
    tails, start = [], 0
    for part in parts:
        start = folded.find(part, start)
        if start < 0:  # a part without its linking element, as found
            return ["".join(parts[i:]) for i in range(1, len(parts))]
        tails.append(folded[start:])
        start += len(part)
    return tails[1:]


def main_lexeme(folded):
    return feminine_singular(folded) or stem(folded)


def _known_modifier(part, lexicon):
    if part in lexicon or part in modifier_words():
        return True
    return any(
        part.endswith(link) and part[: -len(link)] in lexicon
        for link in LINKING_ELEMENTS
        if len(part) - len(link) >= MIN_MODIFIER
    )


@functools.lru_cache(maxsize=200_000)
def split_compound(folded):
    """Parts of a compound, left to right, or () when it is not one."""
    if len(folded) < MIN_COMPOUND or folded in NEVER_SPLIT:
        return ()
    lexicon = noun_forms()
    for cut in range(MIN_MODIFIER, len(folded) - MIN_HEAD + 1):
        head, modifier = folded[cut:], folded[:cut]
        if head not in lexicon:
            continue
        if _known_modifier(modifier, lexicon):
            return (modifier, head)
        for candidate in _without_linking(modifier):
            inner = split_compound(candidate)
            if inner:
                return (*inner, head)
    return ()


def modifier_base(part):
    """A compound's modifier without its linking element: "quartiers" → "quartier"."""
    lexicon = noun_forms()
    if part in lexicon or part in modifier_words():
        return part
    for link in LINKING_ELEMENTS:
        base = part[: -len(link)]
        if part.endswith(link) and len(base) >= MIN_MODIFIER and base in lexicon:
            return base
    return part


def part_lexemes(parts):
    """Lexemes of a compound's parts, each modifier without its linking element."""
    return tuple(
        dict.fromkeys(
            [*(stem(modifier_base(p)) for p in parts[:-1]), main_lexeme(parts[-1])]
        )
    )


def _without_linking(modifier):
    yield modifier
    for link in LINKING_ELEMENTS:
        if modifier.endswith(link):
            yield modifier[: -len(link)]


class Word(NamedTuple):  # a tuple: texts are split into thousands of them
    text: str
    start: int
    end: int


def iter_words(text):
    return (Word(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text))


def words(text):
    return list(iter_words(text))


@functools.lru_cache(maxsize=200_000)
def word_lexemes(word):
    """Main lexeme first, then the lexemes found at the same position."""
    if ACRONYM_RE.match(word):
        return (ACRONYM_PREFIX + fold(word), stem(fold(word)))
    folded = fold(word)
    feminine = feminine_singular(folded)
    main = feminine or stem(folded)
    parts = compound_parts(folded)
    extra = [main_lexeme(tail) for tail in right_hand_parts(folded, parts)]
    extra += [stem(modifier_base(part)) for part in parts[:-1]]  # modifiers
    if feminine:
        extra.append(stem(feminine[:-2]))  # found by the masculine form too
    return (main, *(lexeme for lexeme in dict.fromkeys(extra) if lexeme != main))


def query_lexeme(word):
    """The one lexeme a query word searches: acronyms search their marker."""
    if ACRONYM_RE.match(word):
        return ACRONYM_PREFIX + fold(word)
    return main_lexeme(fold(word))


def text_lexemes(text):
    """(position, lexemes) per word, positions counted from 1."""
    return [
        (position, word_lexemes(word.text))
        for position, word in enumerate(words(text), start=1)
    ]
