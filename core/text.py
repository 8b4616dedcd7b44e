"""Text helpers: German slugs, and cells of exports that stay inert text."""

import re
import unicodedata

from django.utils.text import slugify

__all__ = [
    "NeutralisedExportMixin",
    "german_slugify",
    "neutralise_formula",
    "starts_like_formula",
]

GERMAN_TRANSLITERATION = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ß": "ss",
        "ẞ": "SS",
    }
)


def german_slugify(value):
    """Slug as German readers write umlauts in URLs: ä→ae, ö→oe, ü→ue, ß→ss."""
    return slugify(str(value).translate(GERMAN_TRANSLITERATION))


# A spreadsheet runs cells starting with these as formulas (CSV injection), also
# after leading blanks, and Excel reads the fullwidth and small forms (＝ ﹦ ＋ …)
# as their ASCII twins: the first visible character is compared after NFKC.
FORMULA_CHARACTERS = ("=", "+", "-", "@", "\N{MINUS SIGN}")
FORMULA_TRIGGERS = ("\t", "\r")
# Control characters an XLSX cell cannot hold: openpyxl would fail the export.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Blanks, line breaks, invisible format characters (zero-width space, BOM).
INVISIBLE_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Zs"}


def starts_like_formula(value):
    """True if a spreadsheet could take the text for a formula."""
    if value.startswith(FORMULA_TRIGGERS):
        return True
    for character in value:
        if unicodedata.category(character) not in INVISIBLE_CATEGORIES:
            first = unicodedata.normalize("NFKC", character)
            return first.startswith(FORMULA_CHARACTERS)
    return False


def neutralise_formula(value):
    """A cell value that stays text in Excel and LibreOffice, in CSV and XLSX."""
    if not isinstance(value, str):
        return value
    value = CONTROL_CHARACTERS.sub("", value)
    return "'" + value if starts_like_formula(value) else value


class NeutralisedExportMixin:
    """For Wagtail's SpreadsheetExportMixin views: every exported cell neutralised."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value)
