"""Text helpers: German slugs, plain text of HTML for the search, and cells of
exports that stay inert text."""

import csv
import datetime
import html
import re
import unicodedata

from django.utils import timezone
from django.utils.text import slugify
from wagtail.admin.views.mixins import Echo

__all__ = [
    "NeutralisedExportMixin",
    "german_datetime",
    "german_slugify",
    "neutralise_formula",
    "plain_text",
    "starts_like_formula",
]

# Tags that end a line or a block when rendered: "<p>a</p><p>b</p>" reads "a b".
BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|br|hr|tr|td|th|table|"
    r"section|article|figure|figcaption|pre)\b[^>]*>",
    re.IGNORECASE,
)
TAG_RE = re.compile(r"<[^>]*>")

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


def german_datetime(value):
    """A time as German offices read it, in Europe/Berlin: "06.12.2026 14:05"."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return localtime_of(value).strftime("%d.%m.%Y %H:%M")
    return value.strftime("%d.%m.%Y")


def localtime_of(value):
    return timezone.localtime(value) if timezone.is_aware(value) else value


class NeutralisedExportMixin:
    """For Wagtail's SpreadsheetExportMixin views: exports a German office opens
    as they are. CSV in UTF-8 with a byte-order mark and ";" (what German Excel
    reads without an import dialog), times in Europe/Berlin, real dates and
    times in XLSX, empty cells for missing values, every text cell neutralised."""

    def preprocess_field_value(self, field, value, export_format):
        if value is None:
            return ""
        if isinstance(value, datetime.date):
            if export_format != self.FORMAT_XLSX:
                return german_datetime(value)
            if isinstance(value, datetime.datetime):
                # Excel knows no time zones: the local time, to the minute.
                return localtime_of(value).replace(tzinfo=None, second=0, microsecond=0)
            return value
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value)

    def stream_csv(self, queryset):
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=";")
        headings = {
            field: self.get_heading(queryset, field) for field in self.list_export
        }
        yield "\ufeff".encode() + writer.writerow(headings)
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response


def plain_text(markup):
    """The text a reader sees in `markup`, blocks and lines kept apart by a newline,
    so words of adjacent paragraphs never run together."""
    if not markup:
        return ""
    text = TAG_RE.sub("", BLOCK_TAG_RE.sub("\n", str(markup)))
    lines = (" ".join(line.split()) for line in html.unescape(text).splitlines())
    return "\n".join(line for line in lines if line)
