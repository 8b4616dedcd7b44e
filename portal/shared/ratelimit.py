"""A small fixed-window rate limit on the shared cache, per client address."""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


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
    response = render(request, "429.html", {"retry_after": window}, status=429)
    response["Retry-After"] = str(window)
    return response


def ratelimit(scope, limit, window, methods=("POST",)):
    """Answer 429 with a German page once a client exceeds `limit` per `window`."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method in methods and hit(request, scope, limit, window):
                return too_many_requests(request, window)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
