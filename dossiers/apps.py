from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossiersConfig(AppConfig):
    name = "dossiers"
    verbose_name = _("Themendossiers")

    def ready(self):
        from dossiers import signals  # noqa: F401
