"""Mark the query's words in the text of the shown hits, escaped safely."""

import itertools
from collections import deque

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import fold, iter_words, word_lexemes

SNIPPET_LENGTH = 260


class Matcher:
    """Which words of a text the query found: a term's lexeme, the start of a
    longer word (`prefixes`), or a whole phrase's run of words in order."""

    def __init__(self, lexemes, phrases=(), prefixes=()):
        self.lexemes = set(lexemes)
        self.phrases = [list(phrase) for phrase in phrases if phrase]
        self.prefixes = tuple(prefixes)

    def is_term(self, word):
        if not self.lexemes.isdisjoint(word_lexemes(word.text)):
            return True
        return bool(self.prefixes) and fold(word.text).startswith(self.prefixes)

    def phrase_runs(self, words):
        """Runs of words that spell a phrase, as the words come (lazily)."""
        if not self.phrases:
            return
        longest = max(len(phrase) for phrase in self.phrases)
        recent = deque(maxlen=longest)
        for word in words:
            recent.append((word, word_lexemes(word.text)[0]))
            for phrase in self.phrases:
                tail = list(recent)[-len(phrase) :]
                if [lexeme for _, lexeme in tail] == phrase:
                    yield [w for w, _ in tail]

    def first(self, text):
        """The words of the first match: a phrase's run if there are phrases."""
        if self.phrases:
            run = next(self.phrase_runs(iter_words(text)), None)
            if run:
                return run
        if not self.lexemes and not self.prefixes:
            return None
        word = next((w for w in iter_words(text) if self.is_term(w)), None)
        return [word] if word else None

    def marked(self, words):
        words = list(words)
        found = {w for run in self.phrase_runs(words) for w in run}
        found.update(w for w in words if self.is_term(w))
        return sorted(found, key=lambda word: word.start)


def _marked(text, start, end, matches):
    pieces, cursor = [], start
    for word in matches:
        if word.start < start or word.end > end or word.start < cursor:
            continue
        pieces.append(escape(text[cursor : word.start]))
        pieces.append(f"<mark>{escape(word.text)}</mark>")
        cursor = word.end
    pieces.append(escape(text[cursor:end]))
    return "".join(pieces)


def matcher_for(lexemes):
    return lexemes if isinstance(lexemes, Matcher) else Matcher(lexemes)


def highlight(text, lexemes):
    """The whole (short) text with matches marked, e.g. for titles."""
    matches = matcher_for(lexemes).marked(iter_words(text))
    return mark_safe(_marked(text, 0, len(text), matches))  # noqa: S308


def snippet(text, lexemes, length=SNIPPET_LENGTH):
    """A window of `text` around the first match, with every match marked.

    `lexemes`: a set of lexemes or a Matcher. Words past the window are never
    analysed: bodies run to many pages.
    """
    matcher = matcher_for(lexemes)
    first = matcher.first(text)
    if not first:
        suffix = "…" if len(text) > length else ""
        return mark_safe(escape(text[:length]) + suffix)  # noqa: S308
    start = max(0, first[0].start - length // 4)
    if start:
        start = text.rfind(" ", 0, start) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = max(text.rfind(" ", start, end), first[-1].end)
    words = itertools.dropwhile(lambda word: word.start < start, iter_words(text))
    inside = itertools.takewhile(lambda word: word.end <= end, words)
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    marked = _marked(text, start, end, matcher.marked(inside))
    return mark_safe(prefix + marked + suffix)  # noqa: S308
