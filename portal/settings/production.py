from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured(
        "SECRET_KEY ist nicht gesetzt: die Produktionseinstellungen starten nur mit "
        "einem geheimen Schlüssel aus der Umgebungsvariable SECRET_KEY."
    )
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS ist nicht gesetzt: bitte die Hostnamen des Portals angeben."
    )

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    raise ImproperlyConfigured(
        "DATABASE_URL zeigt auf SQLite: die Produktionseinstellungen laufen nur mit "
        "PostgreSQL (mehrere Server und Worker schreiben gleichzeitig), z. B. "
        "DATABASE_URL=postgres://portal:…@db.internal:5432/portal."
    )

# Persistent connections: opening one per request cost ~10 ms of a 45 ms page.
# The health check (base.py) replaces a connection the server has dropped before
# the request uses it. Each worker process (or thread) holds one connection.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)  # noqa: F405

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # probes of the load balancer speak HTTP
if env.bool("TRUST_X_FORWARDED_PROTO", default=True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True

LOGGING["handlers"]["console"]["formatter"] = env("LOG_FORMAT", default="json")  # noqa: F405

# Several app servers side by side: nothing another server needs lives on local disk.
# Sessions in the database, read through the shared cache when Redis is configured
# (cached_db survives a Redis restart; a pure cache session would log everyone out).
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if REDIS_URL  # noqa: F405
    else "django.contrib.sessions.backends.db"
)

# Media on S3-compatible storage (django-storages) when a bucket is named; otherwise
# MEDIA_ROOT, which must then be shared (NFS) between the app servers. Documents are
# always streamed through Wagtail's serve view (view restrictions apply), so only the
# image prefixes may be publicly readable in the bucket (see docs/deployment.md).
S3_BUCKET = env("S3_BUCKET", default="")
if S3_BUCKET:
    S3_CUSTOM_DOMAIN = env("S3_CUSTOM_DOMAIN", default="")
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": env("S3_ENDPOINT_URL", default=None),
            "region_name": env("S3_REGION", default=None),
            "access_key": env("S3_ACCESS_KEY_ID", default=None),
            "secret_key": env("S3_SECRET_ACCESS_KEY", default=None),
            "custom_domain": S3_CUSTOM_DOMAIN or None,
            "location": env("S3_LOCATION", default="media"),
            "default_acl": None,  # the bucket policy decides, not per-object ACLs
            "file_overwrite": False,
            "querystring_auth": False,  # stable image URLs, so cached pages stay valid
        },
    }
    media_origin = (
        f"https://{S3_CUSTOM_DOMAIN}"
        if S3_CUSTOM_DOMAIN
        else env("S3_ENDPOINT_URL", default="https://s3.amazonaws.com")
    )
    for directive in ("img-src", "media-src"):
        CONTENT_SECURITY_POLICY["DIRECTIVES"][directive] = [  # noqa: F405
            *CONTENT_SECURITY_POLICY["DIRECTIVES"][directive],  # noqa: F405
            media_origin,
        ]
        ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"][directive] = [  # noqa: F405
            *ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"][directive],  # noqa: F405
            media_origin,
        ]

# Wagtail's frontend cache: a page's URLs are purged from the cache in front when it
# is published or unpublished. Any of a Varnish (or another HTTP cache that
# understands PURGE), Cloudflare and CloudFront, each switched on by its variables.
WAGTAILFRONTENDCACHE = {}
FRONTEND_CACHE_PURGE_URL = env("FRONTEND_CACHE_PURGE_URL", default="")
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }
CLOUDFLARE_ZONE_ID = env("CLOUDFLARE_ZONE_ID", default="")
if CLOUDFLARE_ZONE_ID:
    if not env("CLOUDFLARE_API_TOKEN", default=""):
        raise ImproperlyConfigured(
            "CLOUDFLARE_ZONE_ID ist gesetzt, CLOUDFLARE_API_TOKEN fehlt: ein API-Token "
            "mit dem Recht „Zone › Cache Purge“ für diese Zone angeben."
        )
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": CLOUDFLARE_ZONE_ID,
        "BEARER_TOKEN": env("CLOUDFLARE_API_TOKEN"),
    }
CLOUDFRONT_DISTRIBUTION_ID = env("CLOUDFRONT_DISTRIBUTION_ID", default="")
if CLOUDFRONT_DISTRIBUTION_ID:
    # Credentials as boto3 finds them: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY in
    # the environment or the host's instance role.
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": CLOUDFRONT_DISTRIBUTION_ID,
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS += ["wagtail.contrib.frontend_cache"]  # noqa: F405
