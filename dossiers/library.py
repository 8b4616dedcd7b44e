"""The dossiers' PDFs in the downloads library (declared as a LibraryPart)."""

from django.utils.translation import gettext_lazy as _

from core.contract import LibraryItem
from core.models import DocumentType
from core.visibility import public_pages_q

from .models import DossierPage


def dossier_pdfs():
    """The PDF of each live public dossier that has one readers may download."""
    dossiers = (
        DossierPage.objects.live()
        .filter(public_pages_q())
        .select_related("pdf_document__collection", "generated_pdf")
        .prefetch_related("approaches", "tagged_items__tag")
        .order_by("-publication_date", "-issue_number")
    )
    return [item for item in map(pdf_item, dossiers) if item is not None]


def pdf_item(dossier):
    download = dossier.download  # None: a private upload, or nothing generated yet
    if download is None:
        return None
    return LibraryItem(
        key=f"dossier:{dossier.pk}",
        title=dossier.full_title,
        url=download.url,
        format_label=download.format_label,
        file_size=download.size,
        document_type=DocumentType.DOSSIER,
        kind_label=_("Themendossier"),
        year=dossier.publication_date.year,
        date=dossier.publication_date,
        description=dossier.subtitle,
        tags=(*dossier.approaches.all(), *dossier.topics),
        page_url=dossier.url,
        page_link_text=_("Zum Themendossier"),
        document_id=dossier.pdf_document_id,
    )
