"""What dossiers contribute to "Das Netzwerk in Zahlen"."""

from django.utils.translation import gettext_lazy as _

from core.figures import KeyFigure
from core.visibility import public_pages_q


def public_dossier_count():
    from .models import DossierPage

    return DossierPage.objects.live().filter(public_pages_q()).count()


KEY_FIGURES = (
    KeyFigure(
        "dossiers",
        _("Themendossiers"),
        _("Themendossier"),
        public_dossier_count,
        30,
    ),
)
