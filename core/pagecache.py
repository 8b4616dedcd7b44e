"""Whole-page cache for anonymous visitors, checked against what each page shows.

A visitor without a session gets the same HTML as every other such visitor, so
the first rendering is stored and served to the next ones without touching the
database. Each stored page keeps the versions of what it was built from (its
path and its ancestors', the pages it shows, listings, menu; see `core.cache`),
read before its data; a hit compares them with the current ones in one cache
round trip, so a publish on any app server sharing the cache makes exactly the
pages that show the change render afresh, and leaves the others cached.
Pages that need a CSRF token, set a cookie or vary otherwise are never stored.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse

from core.cache import (
    GLOBAL,
    LISTINGS,
    MENU,
    collect,
    collected,
    read,
    request_versions,
    still_current,
    write,
)

CACHE_HEADER = "X-Portal-Cache"


def _cacheable_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(tuple(settings.PAGE_CACHE_SKIP_PREFIXES)):
        return False
    # Only visitors without a session, message or preview cookie share pages.
    return set(request.COOKIES) <= {settings.CSRF_COOKIE_NAME}


def _cacheable_response(response):
    # A page holding a CSRF token always (re)sets the CSRF cookie.
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store"))


def _key(request):
    address = f"{request.get_host()}{request.get_full_path()}"
    return "portal:page:" + hashlib.sha256(address.encode()).hexdigest()


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with request_versions():
            return self._respond(request)

    def _respond(self, request):
        if not settings.PAGE_CACHE_TIMEOUT or not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        stored = read(key)
        if stored is not None and still_current(stored[2]):
            return self._rebuild(stored)
        # Every page shows the menu; anything but a detail page (which drops it,
        # see core.wagtail_hooks) lists content.
        token = collect((GLOBAL, MENU, LISTINGS))
        try:
            response = self.get_response(request)
        finally:
            versions = collected(token)
        # HEAD answers carry no body to store; they are served from GET's.
        if request.method == "GET" and _cacheable_response(response):
            frozen = (*self._freeze(response), versions)
            write(key, frozen, settings.PAGE_CACHE_TIMEOUT)
            response[CACHE_HEADER] = "miss"
        return response

    @staticmethod
    def _freeze(response):
        # Headers set further in (security, framing, CSP) must come back on a hit.
        headers = {
            name: value
            for name, value in response.items()
            if name.lower() not in ("set-cookie", CACHE_HEADER.lower())
        }
        return response.content, headers

    @staticmethod
    def _rebuild(stored):
        content, headers, _versions = stored
        response = HttpResponse(content, headers=headers)
        response[CACHE_HEADER] = "hit"
        return response
