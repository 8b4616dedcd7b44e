from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Praxis")

    def ready(self):
        from practices import (
            home,
            signals,  # noqa: F401
        )
        from practices.search import register

        register()
        home.register()
