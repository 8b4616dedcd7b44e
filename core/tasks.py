"""Background work of the kernel (immediate in dev and tests, a worker in
production): text extraction from uploaded PDFs."""

import logging
import re

from django_tasks import task
from pypdf import PdfReader
from wagtail.documents import get_document_model

logger = logging.getLogger(__name__)

MAX_EXTRACTED_CHARACTERS = 1_000_000
# Hyphenation splits words as "Schü‐\nlerinnen"; U+2010 is always such a break.
# A plain "-" may end a real compound ("Kinder- und Jugendhilfe"), so it is only
# joined before a lower-case letter that does not start a conjunction.
SOFT_BREAK = re.compile(r"(?<=\w)\u2010\n(?=\w)")
HYPHEN_BREAK = re.compile(r"(?<=\w)-\n(?=[a-zäöüß])(?!(?:und|oder|bis|bzw|sowie)\b)")
EXTRACTION_FIELDS = ["extracted_text", "page_count", "text_extraction_failed"]


def join_hyphenated(text):
    return HYPHEN_BREAK.sub("", SOFT_BREAK.sub("", text))


def pdf_text(file):
    """The text of a PDF and its page count; raises on files pypdf cannot read."""
    reader = PdfReader(file)
    if reader.is_encrypted:
        reader.decrypt("")
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return join_hyphenated(text)[:MAX_EXTRACTED_CHARACTERS], len(reader.pages)


@task()
def extract_document_text(document_id):
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None or document.file_extension.lower() != "pdf":
        return
    try:
        with document.open_file() as file:
            text, page_count = pdf_text(file)
    except Exception:  # pypdf raises many kinds of error on broken files
        logger.warning("PDF-Text von Dokument %s nicht lesbar", document_id)
        document.extracted_text, document.text_extraction_failed = "", True
    else:
        document.extracted_text, document.page_count = text, page_count
        document.text_extraction_failed = False
    document.save(update_fields=EXTRACTION_FIELDS)
