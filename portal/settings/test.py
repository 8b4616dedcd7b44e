import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGH"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Wagtail's admin search index is updated on each save only where a test asks
# for it (the `wagtail_indexes` fixture): indexing every factory-made page was
# a sixth of the suite's time.
WAGTAILSEARCH_BACKENDS = {
    "default": {**WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}  # noqa: F405
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PAGE_CACHE_TIMEOUT = 0  # switched on by the tests of the page cache
CARD_CACHE_TIMEOUT = 0
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# One folder per pytest-xdist worker: tests assert the names files are stored under.
MEDIA_ROOT = BASE_DIR / f"media-test{os.environ.get('PYTEST_XDIST_WORKER', '')}"  # noqa: F405
PORTAL_BASE_URL = WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
