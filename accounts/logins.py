"""Logins: the members' login and password reset in the portal's look, and
brute-force lockouts."""

import hashlib

from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.shortcuts import render
from django.urls import path, reverse_lazy
from django.utils.decorators import method_decorator
from wagtail.admin.views.account import LoginView as AdminLoginView

from core.contract import declaring
from core.forms import DescribedErrorsMixin
from core.ratelimit import ratelimit

LOGIN_WINDOW = 300  # seconds
login_ratelimit = ratelimit("login", "LOGIN_RATELIMIT_POSTS", LOGIN_WINDOW)


class MemberLoginForm(DescribedErrorsMixin, AuthenticationForm):
    pass


@method_decorator(login_ratelimit, name="dispatch")
class MemberLoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    form_class = MemberLoginForm

    def get_default_redirect_url(self):
        # The member area, as its app declares it: no import of that app.
        for kind in declaring("login_redirect"):
            if url := kind.login_redirect(self.request):
                return url
        return "/"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["member_area_url"] = self.get_default_redirect_url()
        # A logged-in user sent here again lacks the group the page requires.
        context["lacks_access"] = self.request.user.is_authenticated and bool(
            self.request.GET.get(self.redirect_field_name)
        )
        context["meta_title"] = "Anmelden"
        context["meta_description"] = (
            "Anmeldung für Mitglieder des Großstadtnetzwerks: Material der "
            "Netzwerktreffen im internen Bereich."
        )
        return context


class MemberLogoutView(auth_views.LogoutView):
    next_page = "/"


# Password reset by email with Django's views: the mail names no account and
# goes out only for an active one; the page says the same either way, so the
# form tells nobody which addresses have an account.
RESET_WINDOW = 3600  # seconds
reset_ratelimit = ratelimit(
    "password-reset", "PASSWORD_RESET_RATELIMIT_POSTS", RESET_WINDOW
)


def link_hours():
    return settings.PASSWORD_RESET_TIMEOUT // 3600


class PasswordResetForm(DescribedErrorsMixin, auth_forms.PasswordResetForm):
    pass


class SetPasswordForm(DescribedErrorsMixin, auth_forms.SetPasswordForm):
    pass


@method_decorator(reset_ratelimit, name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/emails/password_reset.txt"
    subject_template_name = "accounts/emails/password_reset_subject.txt"
    form_class = PasswordResetForm
    success_url = reverse_lazy("password_reset_done")
    extra_context = {"meta_title": "Passwort vergessen"}

    @property
    def extra_email_context(self):
        return {"link_hours": link_hours()}


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(meta_title="E-Mail unterwegs", link_hours=link_hours())
        return context


@method_decorator(reset_ratelimit, name="dispatch")
class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    form_class = SetPasswordForm
    success_url = reverse_lazy("password_reset_complete")
    extra_context = {"meta_title": "Neues Passwort"}


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"
    extra_context = {"meta_title": "Passwort geändert"}


password_reset_urlpatterns = [
    path("passwort-vergessen/", PasswordResetView.as_view(), name="password_reset"),
    path(
        "passwort-vergessen/gesendet/",
        PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "passwort-neu/<uidb64>/<token>/",
        PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "passwort-neu/fertig/",
        PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]


# Wagtail's admin login, with the same per-address limit as the members' login.
admin_login = login_ratelimit(AdminLoginView.as_view())


def lockout_response(request, original_response=None, credentials=None):
    """django-axes: the German lockout page, in the admin's look for the admin."""
    in_admin = request.path_info.startswith("/admin/")
    template = f"accounts/{'admin_' if in_admin else ''}login_locked.html"
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    response = render(request, template, context, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response


# axes' AccessAttempt.username column; Django's login forms let longer names through
# to authenticate(), and PostgreSQL refuses the failure record (a 500).
AXES_USERNAME_LENGTH = 255


def login_username(request, credentials=None):
    """django-axes: the user name a login attempt is recorded under, cut to fit."""
    source = credentials if credentials else getattr(request, "data", request.POST)
    username = source.get(settings.AXES_USERNAME_FORM_FIELD)
    return username[:AXES_USERNAME_LENGTH] if isinstance(username, str) else username


def login_reference(username, ip_address, user_agent, path_info, request):
    """django-axes log lines name a pseudonymous reference, never a name or address."""
    digest = hashlib.sha256(
        f"{settings.SECRET_KEY}:{username}:{ip_address}".encode()
    ).hexdigest()
    return f"Anmeldung {digest[:12]} an {path_info}"
