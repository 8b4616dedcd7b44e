from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MapsConfig(AppConfig):
    """Member cities drawn on the outline of Germany, as inline SVG."""

    name = "maps"
    verbose_name = _("Karten")
