"""What dossiers contribute to "Das Netzwerk in Zahlen"."""

from django.utils.translation import gettext_lazy as _

from core.shared.figures import KeyFigure, register_key_figure
from core.visibility import public_pages_q


def public_dossier_count():
    from .models import DossierPage

    return DossierPage.objects.live().filter(public_pages_q()).count()


def register():
    register_key_figure(
        KeyFigure("dossiers", _("Themendossiers"), public_dossier_count, 30)
    )
