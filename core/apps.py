from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    # The label stays "portal": tables, content types, permissions and migration
    # history of existing databases keep their names.
    name = "core"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.models.signals import post_migrate

        from core import cache, signals  # noqa: F401
        from core.links import sync_default_site

        cache.connect()
        post_migrate.connect(sync_default_site, sender=self)
