"""What the kernel counts for "Das Netzwerk in Zahlen": members and reports."""

from django.utils.translation import gettext_lazy as _

from core.shared.figures import KeyFigure
from core.visibility import public_pages_q


def member_city_count():
    from core.models import City

    return City.objects.count()


def public_report_count():
    from core.models import ArticlePage

    return ArticlePage.objects.live().filter(public_pages_q()).count()


KEY_FIGURES = (KeyFigure("cities", _("Mitgliedskommunen"), member_city_count, 0),)
REPORT_FIGURES = (KeyFigure("reports", _("Berichte"), public_report_count, 40),)
