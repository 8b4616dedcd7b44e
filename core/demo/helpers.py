from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core.models import PortalDocument, Tag

from .pdf import simple_pdf

# English terms the seed report uses in German sentences.
ENGLISH_TERMS = ["critical friend"]


def ensure_child_page(parent, page_class, slug, **fields):
    """Return the child page with `slug`, creating and publishing it if missing.

    Existing pages stay untouched so editors' changes survive a second run.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def root_page():
    return Page.get_first_root_node()


def mark_english(text):
    """Escape `text` and wrap its English terms in lang="en" (WCAG 3.1.2)."""
    html = escape(text)
    for term in ENGLISH_TERMS:
        html = html.replace(term, format_html('<span lang="en">{}</span>', term))
    return mark_safe(html)  # noqa: S308 - built from escaped text


def ensure_document(data, paragraphs, collection, tags=()):
    document = PortalDocument.objects.filter(title=data["title"]).first()
    if document:
        return document
    document = PortalDocument(
        title=data["title"],
        description=data["description"],
        document_type=data["document_type"],
        publisher=data["publisher"],
        year=timezone.localdate().year,
        collection=collection,
        file=ContentFile(simple_pdf(data["title"], paragraphs), name=data["filename"]),
        released_at=timezone.now(),  # the network's own material
    )
    document._set_document_file_metadata()
    document.save()  # extracts the text (core.signals)
    document.tags.add(*Tag.objects.filter(name__in=tags))
    return document
