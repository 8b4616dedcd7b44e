"""What the portal counts for "Das Netzwerk in Zahlen": members, reports, downloads."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from core.shared.figures import Bar, Chart, KeyFigure
from core.visibility import public_pages_q


def member_city_count():
    from core.models import City

    return City.objects.count()


def public_report_count():
    from core.models import ArticlePage

    return ArticlePage.objects.live().filter(public_pages_q()).count()


def public_download_count():
    from core.models import PortalDocument

    return PortalDocument.objects.public().count()


def downloads_per_type():
    from core.models import DocumentType, PortalDocument

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


KEY_FIGURES = (KeyFigure("cities", _("Mitgliedskommunen"), member_city_count, 0),)
REPORT_FIGURES = (KeyFigure("reports", _("Berichte"), public_report_count, 40),)
DOWNLOAD_FIGURES = (KeyFigure("downloads", _("Downloads"), public_download_count, 50),)
DOWNLOAD_CHARTS = (
    Chart(
        key="downloads-per-type",
        title=_("Downloads nach Art"),
        bars=downloads_per_type,
        label_heading=_("Art"),
        value_heading=_("Dokumente"),
        order=50,
    ),
)
