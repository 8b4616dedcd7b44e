"""What the kernel counts for "Das Netzwerk in Zahlen": the member cities."""

from django.utils.translation import gettext_lazy as _

from core.shared.figures import KeyFigure


def member_city_count():
    from core.models import City

    return City.objects.count()


KEY_FIGURES = (KeyFigure("cities", _("Mitgliedskommunen"), member_city_count, 0),)
