"""Lexemes of one entry, per field, in the shapes the databases want."""

from collections import defaultdict

from .analysis import text_lexemes

MAX_TEXT = 200_000
FIELD_GAP = 10
MAX_POSITION = 16_383  # PostgreSQL's limit for tsvector positions
MAX_POSITIONS_PER_LEXEME = 256
WEIGHTED_FIELDS = (("title", "A"), ("summary", "B"), ("body", "C"), ("extra", "D"))
HEAD_FIELDS = WEIGHTED_FIELDS[:2]
PHRASE_FIELDS = ("title", "summary", "body")
PHRASE_MARK = "="
# In every vector that has phrase lexemes; one written before lacks it.
PHRASE_VERSION = "=~"


def field_texts(entry):
    # Tags are shown as links beside the teaser and say what the entry is about.
    return {
        "title": entry.title,
        "summary": "\n".join([entry.summary, *entry.tag_names]),
        "body": entry.body[:MAX_TEXT],
        "extra": "\n".join([entry.extra, entry.city]),
    }


def fts_columns(entry):
    """FTS5 columns: main lexemes keep word order; compound parts go apart."""
    columns = {"parts_title": [], "parts_text": []}
    for name, text in field_texts(entry).items():
        analysed = text_lexemes(text)
        columns[name] = " ".join(lexemes[0] for _, lexemes in analysed)
        parts = [lexeme for _, lexemes in analysed for lexeme in lexemes[1:]]
        columns["parts_title" if name == "title" else "parts_text"] += parts
    columns["parts_title"] = " ".join(columns["parts_title"])
    columns["parts_text"] = " ".join(columns["parts_text"])
    return columns


def tsvector_literal(entry, fields=WEIGHTED_FIELDS):
    """A ready tsvector: every lexeme of a word at that word's position.

    `fields` may stop early (HEAD_FIELDS): the positions stay those of the
    whole vector.
    """
    positions = defaultdict(list)
    offset = 0
    for name, weight in fields:
        analysed = text_lexemes(field_texts(entry)[name])
        for position, lexemes in analysed:
            at = min(offset + position, MAX_POSITION)
            if name in PHRASE_FIELDS:
                lexemes = (*lexemes, phrase_lexeme(lexemes[0]))
            for lexeme in lexemes:
                if len(positions[lexeme]) < MAX_POSITIONS_PER_LEXEME:
                    positions[lexeme].append(f"{at}{weight}")
        offset += len(analysed) + FIELD_GAP
    words = (f"{quote(lex)}:{','.join(at)}" for lex, at in positions.items())
    # At the first position with the title's weight, so the head vector has it too.
    return " ".join([f"{quote(PHRASE_VERSION)}:1A", *words])


def phrase_lexeme(main):
    """A word's main lexeme once more, for phrases alone: a phrase then never
    runs through a compound's part at the same position, as on SQLite, whose
    phrases see the main lexemes only."""
    return PHRASE_MARK + main


def quote(lexeme):
    escaped = lexeme.replace("\\", "\\\\").replace("'", "''")
    return f"'{escaped}'"
