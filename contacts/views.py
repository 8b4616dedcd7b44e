"""The message forms, their confirmation and the pages in between.

The forms live on their own URLs, never inside a cached page: a CSRF token
must not be shared between visitors.
"""

import re

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from core.forms import HONEYPOT_FIELD
from core.mails import hash_token
from core.models import PortalSettings
from core.ratelimit import hit, too_many_requests

from .forms import MessageForm
from .messaging import confirm, purge_expired, sender_quota_reached, submit
from .models import ContactMessage, ContactPage, MessageStatus
from .recipients import recipient

__all__ = ["confirm_message", "message_received", "office_form", "person_form"]

CONFIRM_LIMIT = 30
CONFIRMATION_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")


def _privacy_page(request):
    privacy = PortalSettings.for_request(request).privacy_page
    return privacy if privacy and privacy.live else None


def _form_context(request, form, page=None, person=None):
    return {
        "form": form,
        "about_page": page,
        "person": person,
        "contact_page": ContactPage.objects.live().first(),
        "privacy": _privacy_page(request),
    }


def _show(request, form, status=200, **recipient):
    context = _form_context(request, form, **recipient)
    return render(request, "contacts/message_form.html", context, status=status)


def _handle(request, page=None, person=None):
    """GET shows the form; POST stores the message and mails the link."""
    if request.method == "GET":
        return _show(request, MessageForm(), page=page, person=person)
    window = settings.CONTACT_RATELIMIT_WINDOW
    if hit(request, "contact-message", settings.CONTACT_RATELIMIT_POSTS, window):
        return too_many_requests(request, window)
    form = MessageForm(request.POST)
    if not form.is_valid():
        status = 400 if HONEYPOT_FIELD in form.errors else 422
        return _show(request, form, status=status, page=page, person=person)
    if sender_quota_reached(form.cleaned_data["sender_email"]):
        form.add_error("sender_email", quota_error())
        return _show(request, form, status=429, page=page, person=person)
    purge_expired()  # opportunistically, besides the daily command
    submit(form.cleaned_data, page=page, person=person)
    return redirect("contact_received")


def quota_error():
    count = settings.CONTACT_MESSAGES_PER_EMAIL
    limit = ngettext(
        "Von dieser Adresse kann heute nur %(count)d Nachricht verschickt werden.",
        "Von dieser Adresse können heute nur %(count)d Nachrichten verschickt werden.",
        count,
    ) % {"count": count}
    return f"{limit} {_('Bitte versuchen Sie es morgen wieder.')}"


@require_http_methods(["GET", "POST"])
def person_form(request, page_id, person_id):
    found = recipient(page_id, person_id)
    if found is None:
        raise Http404
    page, person = found
    return _handle(request, page=page, person=person)


@require_http_methods(["GET", "POST"])
def office_form(request):
    if not PortalSettings.for_request(request).contact_email:
        raise Http404
    return _handle(request)


@require_GET
def message_received(request):
    context = {
        "confirmation_hours": settings.CONTACT_CONFIRMATION_HOURS,
        "contact_page": ContactPage.objects.live().first(),
    }
    return render(request, "contacts/message_received.html", context)


def _message_for_token(token):
    if not CONFIRMATION_TOKEN.match(token):
        return None
    return (
        ContactMessage.objects.filter(confirmation_token_hash=hash_token(token))
        .select_related("person")
        .first()
    )


@require_http_methods(["GET", "POST"])
def confirm_message(request, token):
    if hit(request, "contact-confirm", CONFIRM_LIMIT, 60 * 60):
        return too_many_requests(request, 60 * 60)
    message = _message_for_token(token)
    if message is None:
        return render(request, "contacts/link_invalid.html", status=404)
    if request.method == "POST":
        confirm(message)
        return redirect("contact_confirm", token=token)
    status = 410 if message.is_expired else 200
    context = {"message": message, "statuses": MessageStatus}
    return render(request, "contacts/message_confirm.html", context, status=status)
