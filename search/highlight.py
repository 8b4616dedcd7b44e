"""Mark the query's words in the text of the shown hits, escaped safely."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import word_lexemes, words

SNIPPET_LENGTH = 260


def _matches(text, lexemes):
    return [w for w in words(text) if lexemes.intersection(word_lexemes(w.text))]


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
    return mark_safe(_marked(text, 0, len(text), _matches(text, lexemes)))  # noqa: S308


def snippet(text, lexemes, length=SNIPPET_LENGTH):
    """A window of `text` around the first match, with every match marked."""
    matches = _matches(text, lexemes) if lexemes else []
    if not matches:
        suffix = "…" if len(text) > length else ""
        return mark_safe(escape(text[:length]) + suffix)  # noqa: S308
    start = max(0, matches[0].start - length // 4)
    if start:
        start = text.rfind(" ", 0, start) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = max(text.rfind(" ", start, end), matches[0].end)
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(prefix + _marked(text, start, end, matches) + suffix)  # noqa: S308
