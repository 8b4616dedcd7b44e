import re

from django.utils.text import slugify

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


# A spreadsheet runs cells starting with these as formulas (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Control characters an XLSX cell cannot hold: openpyxl would fail the export.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise_formula(value):
    """A cell value that stays text in Excel and LibreOffice, in CSV and XLSX."""
    if not isinstance(value, str):
        return value
    value = CONTROL_CHARACTERS.sub("", value)
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value
