"""What the network reports contribute to "Das Netzwerk in Zahlen"."""

from django.utils.translation import gettext_lazy as _

from core.figures import KeyFigure
from core.visibility import public_pages_q

from .models import ArticlePage


def public_report_count():
    return ArticlePage.objects.live().filter(public_pages_q()).count()


KEY_FIGURES = (
    KeyFigure("reports", _("Berichte"), _("Bericht"), public_report_count, 40),
)
