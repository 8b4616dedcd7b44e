from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Praxis")

    def ready(self):
        from core.shared.feeds import register_feed
        from practices import (
            figures,
            home,
            signals,  # noqa: F401
            structured_data,
        )
        from practices.feeds import PracticeFeed
        from practices.search import register

        register()
        home.register()
        register_feed(PracticeFeed)
        figures.register()
        structured_data.register()
