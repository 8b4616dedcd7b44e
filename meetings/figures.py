"""What meetings contribute to "Das Netzwerk in Zahlen"."""

from django.utils.translation import gettext_lazy as _

from core.figures import KeyFigure

from .search import public_meetings


def public_meeting_count():
    return public_meetings().count()


KEY_FIGURES = (
    KeyFigure(
        "meetings", _("Veranstaltungen"), _("Veranstaltung"), public_meeting_count, 45
    ),
)
