from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    # The label stays "portal": tables, content types, permissions and migration
    # history of existing databases keep their names.
    name = "core"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from core import (
            cache,
            figures,
            home,
            signals,  # noqa: F401
            structured_data,
        )
        from core.feeds import ArticleFeed
        from core.search import register
        from core.shared.feeds import register_feed

        register()
        home.register()
        cache.connect()
        register_feed(ArticleFeed)
        figures.register()
        structured_data.register()
