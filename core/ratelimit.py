"""A small fixed-window rate limit on the shared cache, per client address.

Each window counts under its own key (the window's number is part of it), so a
window ends with the clock, not with the entry's expiry: Django's file and
database caches reset the expiry to the default on `incr()`. When the shared
cache fails, requests are counted per process instead: an outage neither locks
everyone out nor lifts the limits.
"""

import hashlib
import logging
import math
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# Counts while the shared cache is unavailable; one per worker process.
local_counts = LocMemCache("portal-ratelimit", {"OPTIONS": {"MAX_ENTRIES": 10_000}})


def client_address(request):
    # Behind a trusted proxy REMOTE_ADDR is the proxy; the proxy sets X-Real-IP.
    header = getattr(settings, "RATELIMIT_CLIENT_HEADER", "")
    address = request.META.get(header, "") if header else ""
    return address.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")


def count(store, key, timeout):
    """Add one to `key` in `store` and keep it for `timeout` seconds.

    None when the store is down and says so instead of raising (django-redis
    with IGNORE_EXCEPTIONS answers None to every call).
    """
    if store.add(key, 0, timeout=timeout) is None:
        return None
    try:
        value = store.incr(key)
    except ValueError:  # expired between add and incr
        store.set(key, 1, timeout=timeout)
        return 1
    store.touch(key, timeout)  # incr() on the file cache resets the expiry
    return value


def shared_count(key, timeout):
    try:
        value = count(cache, key, timeout)
    except Exception:  # whatever the backend raises while it is down
        value = None
    if value is None:
        logger.warning("Shared cache unavailable: rate limit counted per process")
        value = count(local_counts, key, timeout)
    return value


def hit(request, scope, limit, window):
    """Count one request; True once `limit` requests came within `window` seconds."""
    if not getattr(settings, "RATELIMIT_ENABLED", True):
        return False
    now = time.time()
    number = int(now // window)
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:24]
    key = f"ratelimit:{scope}:{window}:{number}:{digest}"
    # Kept until the window ends; the next window counts under another key.
    timeout = max(1, math.ceil((number + 1) * window - now))
    return shared_count(key, timeout) > limit


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
