from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = _("Benachrichtigungen")

    def ready(self):
        from . import outbox

        outbox.connect()
