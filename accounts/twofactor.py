"""Optional two-factor authentication for the admin: a TOTP app, via django-otp.

An editor sets it up under "Konto › Zwei-Faktor-Anmeldung" (scan the QR code, enter
a code and the password). From then on the admin asks for a fresh code after every
login; without one, only the login, the code form and the logout are reachable.
"""

from base64 import b32encode

import segno
from django import forms
from django.contrib import messages
from django.contrib.auth import authenticate
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

__all__ = ["AdminVerificationMiddleware", "urlpatterns"]

ADMIN_PREFIX = "/admin/"
# Reachable between password and code.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "two_factor_verify",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


class AdminVerificationMiddleware:
    """Sends a user with a confirmed device to the code form until verified."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(ADMIN_PREFIX):
            return None
        if request.resolver_match.url_name in OPEN_URL_NAMES:
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if not user_has_device(user, confirmed=True):
            return None
        return redirect_to_login(request.get_full_path(), reverse("two_factor_verify"))


class CodeForm(forms.Form):
    code = forms.RegexField(
        label=_("Code aus der Authenticator-App"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": _("Bitte die sechs Ziffern aus der App eingeben.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}
        ),
    )

    def __init__(self, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean(self):
        code = (self.cleaned_data.get("code") or "").strip()
        # A wrong password must not use up a code.
        if code and not self.errors and not check_code(self.device, code):
            raise forms.ValidationError(
                _(
                    "Der Code stimmt nicht oder ist abgelaufen. Nach mehreren "
                    "falschen Codes müssen Sie etwas warten."
                )
            )
        return self.cleaned_data


class SetupForm(CodeForm):
    password = forms.CharField(
        label=_("Ihr Passwort"),
        help_text=_("Zur Sicherheit bestätigen Sie die Änderung mit Ihrem Passwort."),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = self.request.user
        if not authenticate(
            self.request, username=user.get_username(), password=password
        ):
            raise forms.ValidationError(_("Das Passwort stimmt nicht."))
        return password


class DisableForm(SetupForm):
    """Switching off needs a current code and the password."""


def check_code(device, code):
    """Verify under a row lock so django-otp's throttling holds for parallel tries."""
    if device is None:
        return False
    with transaction.atomic():
        locked = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        allowed, _details = locked.verify_is_allowed()
        return allowed and locked.verify_token(code)


def confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def safe_next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if allowed else reverse("wagtailadmin_home")


def verify(request):
    device = confirmed_device(request.user)
    if device is None:
        return redirect("wagtailadmin_home")
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(safe_next(request))
    return render(
        request,
        "accounts/admin/two_factor_verify.html",
        {"form": form, "next": safe_next(request)},
    )


def setup(request):
    if confirmed_device(request.user):
        form = DisableForm(device=confirmed_device(request.user), request=request)
        return render(request, "accounts/admin/two_factor_active.html", {"form": form})
    device = pending_device(request.user)
    form = SetupForm(request.POST or None, device=device, request=request)
    if request.method == "POST" and form.is_valid():
        TOTPDevice.objects.filter(pk=device.pk).update(confirmed=True)
        device.refresh_from_db()
        otp_login(request, device)
        messages.success(request, _("Die Zwei-Faktor-Anmeldung ist eingerichtet."))
        return redirect("two_factor_setup")
    return render(
        request,
        "accounts/admin/two_factor_setup.html",
        {
            "form": form,
            "qr_code": segno.make(device.config_url, error="m").svg_data_uri(scale=5),
            "secret": grouped_secret(device),
        },
    )


@require_POST
def disable(request):
    device = confirmed_device(request.user)
    if device is None:
        return redirect("two_factor_setup")
    form = DisableForm(request.POST, device=device, request=request)
    if not form.is_valid():
        return render(request, "accounts/admin/two_factor_active.html", {"form": form})
    TOTPDevice.objects.filter(user=request.user).delete()
    messages.success(request, _("Die Zwei-Faktor-Anmeldung ist abgeschaltet."))
    return redirect("two_factor_setup")


def pending_device(user):
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(
        user=user, name="Authenticator-App", confirmed=False
    )


def grouped_secret(device):
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


urlpatterns = [
    path("zwei-faktor/", verify, name="two_factor_verify"),
    path("zwei-faktor/einrichten/", setup, name="two_factor_setup"),
    path("zwei-faktor/abschalten/", disable, name="two_factor_disable"),
]
