"""Mark the query's words in the text of the shown hits, escaped safely."""

import itertools

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import iter_words, word_lexemes

SNIPPET_LENGTH = 260


def _is_match(word, lexemes):
    return not lexemes.isdisjoint(word_lexemes(word.text))


def _marked(text, start, end, matches):
    pieces, cursor = [], start
    for word in matches:
        if word.start < start or word.end > end:
            continue
        pieces.append(escape(text[cursor : word.start]))
        pieces.append(f"<mark>{escape(word.text)}</mark>")
        cursor = word.end
    pieces.append(escape(text[cursor:end]))
    return "".join(pieces)


def highlight(text, lexemes):
    """The whole (short) text with matches marked, e.g. for titles."""
    matches = [word for word in iter_words(text) if _is_match(word, lexemes)]
    return mark_safe(_marked(text, 0, len(text), matches))  # noqa: S308


def snippet(text, lexemes, length=SNIPPET_LENGTH):
    """A window of `text` around the first match, with every match marked.

    Words past the window are never analysed: bodies run to many pages.
    """
    words = iter_words(text)
    first = next((w for w in words if _is_match(w, lexemes)), None) if lexemes else None
    if first is None:
        suffix = "…" if len(text) > length else ""
        return mark_safe(escape(text[:length]) + suffix)  # noqa: S308
    start = max(0, first.start - length // 4)
    if start:
        start = text.rfind(" ", 0, start) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = max(text.rfind(" ", start, end), first.end)
    inside = itertools.takewhile(lambda word: word.end <= end, words)
    matches = [first, *(word for word in inside if _is_match(word, lexemes))]
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(prefix + _marked(text, start, end, matches) + suffix)  # noqa: S308
