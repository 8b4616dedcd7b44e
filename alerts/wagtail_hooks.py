"""The alerts in the admin: counts under "Berichte", personal data requests
under "Einstellungen"; each menu item only for those allowed."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.grants import NetworkEditorGrant
from core.guide import GuideSection

from . import admin_views


@hooks.register("register_admin_urls")
def register_alert_admin_urls():
    return [
        path(
            "benachrichtigungen/",
            admin_views.counts_view,
            name="alerts_counts",
        ),
        path(
            "benachrichtigungen/personendaten/",
            admin_views.personal_data_view,
            name="alerts_personal_data",
        ),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_reports_menu_item")
def alert_counts_menu_item():
    return PermissionMenuItem(
        _("Benachrichtigungen"),
        reverse("alerts_counts"),
        name="alert-counts",
        icon_name="mail",
        order=900,
        permission=admin_views.COUNTS_PERMISSION,
    )


@hooks.register("register_settings_menu_item")
def alert_data_menu_item():
    return PermissionMenuItem(
        _("Daten aus Benachrichtigungen"),
        reverse("alerts_personal_data"),
        name="alert-personal-data",
        icon_name="user",
        order=900,
        permission=admin_views.DATA_PERMISSION,
    )


@hooks.register("register_editor_guide_section")
def alerts_guide():
    return GuideSection(
        "netzwerkredaktion",
        "benachrichtigungen",
        _("Benachrichtigungen per E-Mail"),
        "alerts/admin/guide/alerts.html",
        order=50,
    )


@hooks.register("register_network_editor_grants")
def network_editors_see_the_counts():
    # The counts of subscriptions, never the addresses.
    return NetworkEditorGrant(permissions=("alerts.view_alert_counts",))
