from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormpagesConfig(AppConfig):
    name = "formpages"
    verbose_name = _("Formulare")
