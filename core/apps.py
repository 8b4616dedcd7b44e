from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    # The label stays "portal": tables, content types, permissions and migration
    # history of existing databases keep their names.
    name = "core"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from core import cache, signals  # noqa: F401

        cache.connect()
