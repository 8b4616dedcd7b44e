"""The admin's parts of logins: lockouts to lift and the two-factor setup."""

from axes.models import AccessAttempt
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from . import twofactor
from .lockouts import LockoutPermissionPolicy, LockoutViewSet

register_permission_policy(AccessAttempt, LockoutPermissionPolicy(AccessAttempt))


@hooks.register("register_admin_viewset")
def register_lockout_viewset():
    return LockoutViewSet()


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return twofactor.urlpatterns


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Zwei-Faktor-Anmeldung"),
        "help_text": _("Zusätzlich zum Passwort einen Code aus einer App abfragen."),
    }
