from .orders import Country, OrderStatus, PrintOrder, PrintOrderItem
from .pages import Chapter, DossierIndexPage, DossierPage
from .printing import GeneratedPdf, PdfDownload, PrintStock
from .relations import DossierPractice, TaggedDossier

__all__ = [
    "Chapter",
    "Country",
    "DossierIndexPage",
    "DossierPage",
    "DossierPractice",
    "GeneratedPdf",
    "OrderStatus",
    "PdfDownload",
    "PrintOrder",
    "PrintOrderItem",
    "PrintStock",
    "TaggedDossier",
]
