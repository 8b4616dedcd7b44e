"""A small fixed-window rate limit on the shared cache, per client address."""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _


def client_address(request):
    # Behind a trusted proxy REMOTE_ADDR is the proxy; the proxy sets X-Real-IP.
    header = getattr(settings, "RATELIMIT_CLIENT_HEADER", "")
    address = request.META.get(header, "") if header else ""
    return address.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")


def hit(request, scope, limit, window):
    """Count one request; True once `limit` requests came within `window` seconds."""
    if not getattr(settings, "RATELIMIT_ENABLED", True):
        return False
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:24]
    key = f"ratelimit:{scope}:{digest}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit


def too_many_requests(request, window):
    if "application/json" in request.headers.get("Accept", ""):
        message = _(
            "Zu viele Anfragen. Bitte warten Sie etwa %(seconds)s Sekunden."
        ) % {"seconds": window}
        response = JsonResponse({"fehler": message}, status=429)
    else:
        response = render(request, "429.html", {"retry_after": window}, status=429)
    response["Retry-After"] = str(window)
    return response


def ratelimit(scope, limit, window, methods=("POST",)):
    """Answer 429 in German once a client exceeds `limit` per `window` seconds.

    `limit` may name a setting, read on every request, so it follows the
    environment (and test overrides).
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            allowed = getattr(settings, limit) if isinstance(limit, str) else limit
            if request.method in methods and hit(request, scope, allowed, window):
                return too_many_requests(request, window)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
