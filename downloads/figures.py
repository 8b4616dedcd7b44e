"""What the downloads library contributes to "Das Netzwerk in Zahlen"."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from core.figures import Bar, Chart, KeyFigure
from core.models import DocumentType, PortalDocument


def public_download_count():
    return PortalDocument.objects.public().count()


def downloads_per_type():
    labels = dict(DocumentType.choices)
    rows = (
        PortalDocument.objects.public()
        .values("document_type")
        .annotate(documents=Count("pk"))
        .order_by("-documents", "document_type")
    )
    return [
        Bar(str(labels.get(row["document_type"], _("ohne Angabe"))), row["documents"])
        for row in rows
    ]


KEY_FIGURES = (
    KeyFigure("downloads", _("Downloads"), _("Download"), public_download_count, 50),
)
CHARTS = (
    Chart(
        key="downloads-per-type",
        title=_("Downloads nach Art"),
        bars=downloads_per_type,
        label_heading=_("Art"),
        value_heading=_("Dokumente"),
        order=50,
    ),
)
