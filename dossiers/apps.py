from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossiersConfig(AppConfig):
    name = "dossiers"
    verbose_name = _("Themendossiers")

    def ready(self):
        from core.shared.feeds import register_feed
        from dossiers import (
            figures,
            home,
            signals,  # noqa: F401
            structured_data,
        )
        from dossiers.feeds import DossierFeed
        from dossiers.search import register

        register()
        home.register()
        register_feed(DossierFeed)
        figures.register()
        structured_data.register()
