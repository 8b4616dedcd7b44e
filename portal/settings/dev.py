from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env(
    "SECRET_KEY", default="dev-only-insecure-key-not-for-production-use-0123456789"
)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
globals().update(EMAIL_CONFIG)  # EMAIL_BACKEND, EMAIL_HOST, …
# Template and CSS edits should show on reload.
PAGE_CACHE_TIMEOUT = env.int("PAGE_CACHE_TIMEOUT", default=0)
CARD_CACHE_TIMEOUT = env.int("CARD_CACHE_TIMEOUT", default=0)
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
