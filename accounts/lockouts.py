"""Login lockouts in the admin: administrators see them and lift them by deleting."""

from axes.models import AccessAttempt
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

__all__ = ["LockoutPermissionPolicy", "LockoutViewSet", "is_locked"]


def is_locked(attempt):
    return attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT


class LockoutPermissionPolicy(ModelPermissionPolicy):
    """Attempts come from failed logins only: they can be viewed and deleted."""

    def user_has_permission(self, user, action):
        return action in {"view", "delete"} and super().user_has_permission(
            user, action
        )


class LockoutViewSet(ModelViewSet):
    """django-axes' failed attempts; deleting one lifts its lockout at once."""

    model = AccessAttempt
    icon = "lock"
    menu_label = _("Gesperrte Anmeldungen")
    add_to_settings_menu = True
    url_prefix = "anmeldesperren"
    name = "login_lockouts"
    inspect_view_enabled = True
    list_display = [
        "username",
        "ip_address",
        "failures_since_start",
        Column(
            "locked",
            label=_("Gesperrt"),
            accessor=lambda attempt: _("ja") if is_locked(attempt) else _("nein"),
        ),
        "attempt_time",
    ]
    inspect_view_fields = [
        "username",
        "ip_address",
        "path_info",
        "user_agent",
        "failures_since_start",
        "attempt_time",
    ]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    form_fields = ["username"]  # never used: nobody may add or change attempts
