from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from portal import (
            cache,
            home,
            signals,  # noqa: F401
        )
        from portal.search import register

        register()
        home.register()
        cache.connect()
