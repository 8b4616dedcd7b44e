from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from portal import (
            cache,
            figures,
            home,
            signals,  # noqa: F401
            structured_data,
        )
        from portal.feeds import ArticleFeed
        from portal.search import register
        from portal.shared.feeds import register_feed

        register()
        home.register()
        cache.connect()
        register_feed(ArticleFeed)
        figures.register()
        structured_data.register()
