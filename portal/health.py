"""/healthz for load balancers and monitoring: database, cache and search engine."""

import logging
import secrets

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from search.service import get_backend

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def check_cache():
    # A shared cache that silently drops writes (IGNORE_EXCEPTIONS) fails here too.
    key, value = "healthz:probe", secrets.token_hex(8)
    cache.set(key, value, timeout=30)
    if cache.get(key) != value:
        raise RuntimeError("Cache liefert den geschriebenen Wert nicht zurück")


def check_search():
    get_backend().check()


CHECKS = {"database": check_database, "cache": check_cache, "search": check_search}


@never_cache
def healthz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:  # any failure means "not ready", whatever its kind
            logger.exception("Health check %s failed", name)
            results[name] = "failed"
        else:
            results[name] = "ok"
    failed = [name for name, result in results.items() if result != "ok"]
    return JsonResponse(
        {"status": "failed" if failed else "ok", "checks": results, "failed": failed},
        status=503 if failed else 200,
    )
