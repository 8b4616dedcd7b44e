"""The public pages of the alerts: subscribe, confirm, change, unsubscribe.

Links from mails show a page with a button, so link scanners change nothing;
only the RFC 8058 one-click POST unsubscribes without a CSRF token.
"""

import re

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods

from core.forms import HONEYPOT_FIELD
from core.mails import hash_token
from core.models import PortalSettings
from core.ratelimit import hit, too_many_requests

from . import subscribing
from .forms import ChoicesForm, SubscribeForm
from .links import manage_token, reference_from
from .models import CONFIRMATION_DAYS, Subscription
from .sending import ONE_CLICK

LINK_LIMIT = 30  # link requests per address and hour
CONFIRMATION_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")


def _privacy_page(request):
    privacy = PortalSettings.for_request(request).privacy_page
    return privacy if privacy and privacy.live else None


def _show_form(request, form, status=200):
    context = {"form": form, "privacy": _privacy_page(request)}
    return render(request, "alerts/subscribe.html", context, status=status)


@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "GET":
        return _show_form(request, SubscribeForm())
    window = getattr(settings, "ALERTS_RATELIMIT_WINDOW", 600)
    posts = getattr(settings, "ALERTS_RATELIMIT_POSTS", 5)
    if hit(request, "alerts-subscribe", posts, window):
        return too_many_requests(request, window)
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        status = 400 if HONEYPOT_FIELD in form.errors else 422
        return _show_form(request, form, status=status)
    subscribing.subscribe(form.cleaned_data)
    return redirect("alerts_received")


@require_GET
def received(request):
    context = {"days": CONFIRMATION_DAYS}
    return render(request, "alerts/received.html", context)


def _link_limit(request):
    if hit(request, "alerts-link", LINK_LIMIT, 60 * 60):
        return too_many_requests(request, 60 * 60)
    return None


def _invalid(request):
    return render(request, "alerts/link_invalid.html", status=404)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    if limited := _link_limit(request):
        return limited
    subscription = None
    if CONFIRMATION_TOKEN.match(token):
        subscription = Subscription.objects.filter(
            confirmation_token_hash=hash_token(token), confirmed_at=None
        ).first()
    if subscription is None or subscription.is_expired:
        return _invalid(request)
    if request.method == "POST":
        subscribing.confirm(subscription)
        return redirect("alerts_manage", token=manage_token(subscription))
    return render(request, "alerts/confirm.html", {"subscription": subscription})


def _subscription_from(token):
    reference = reference_from(token)
    if not reference:
        return None
    return Subscription.objects.filter(reference=reference).first()


def _initial(subscription):
    return {
        "kinds": subscription.kinds,
        "approaches": subscription.approaches.all(),
        "topics": subscription.topics.all(),
        "cities": subscription.cities.all(),
        "frequency": subscription.frequency,
    }


def _show_manage(request, subscription, form, status=200, saved=False):
    context = {"subscription": subscription, "form": form, "saved": saved}
    return render(request, "alerts/manage.html", context, status=status)


@require_http_methods(["GET", "POST"])
def manage(request, token):
    if limited := _link_limit(request):
        return limited
    subscription = _subscription_from(token)
    if subscription is None:
        return _invalid(request)
    if request.method == "GET":
        form = ChoicesForm(initial=_initial(subscription))
        return _show_manage(
            request, subscription, form, saved="gespeichert" in request.GET
        )
    if "end" in request.POST:
        subscription.delete()
        return redirect("alerts_ended")
    form = ChoicesForm(request.POST)
    if not form.is_valid():
        return _show_manage(request, subscription, form, status=422)
    subscribing.apply_choices(subscription, form.cleaned_data)
    return redirect(f"{request.path}?gespeichert=1")


@csrf_protect
def _unsubscribe_by_form(request, subscription):
    subscription.delete()
    return redirect("alerts_ended")


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    if limited := _link_limit(request):
        return limited
    subscription = _subscription_from(token)
    if request.method == "POST" and request.body == ONE_CLICK.encode():
        # RFC 8058: the mail program posts exactly this body, without a token.
        if subscription is not None:
            subscription.delete()
        return HttpResponse(
            "Sie sind abgemeldet.", content_type="text/plain; charset=utf-8"
        )
    if subscription is None:
        return _invalid(request)
    if request.method == "POST":
        return _unsubscribe_by_form(request, subscription)
    return render(
        request,
        "alerts/unsubscribe.html",
        {"subscription": subscription, "token": token},
    )


@require_GET
def ended(request):
    return render(request, "alerts/ended.html")
