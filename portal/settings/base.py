"""Settings for every environment: production-safe, read from the environment."""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "core"

env = environ.Env()

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = False
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "core",
    "practices",
    "dossiers",
    "reports",
    "meetings",
    "alerts",
    "members",
    "formpages",
    "contacts",
    "accounts",
    "accessibility",
    "maps",
    "downloads",
    "figures",
    "search",
    "wagtailmedia",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.requestguard.QueryStringGuardMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "portal.security.PortalCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.pagecache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.sites.HeldSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.twofactor.AdminVerificationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.chrome.chrome",
                "contacts.context_processors.contact_page",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "praxisportal",
            # A dead Redis answers as a miss instead of raising: Django's cached_db
            # sessions and Wagtail's site root paths expect that. Short timeouts
            # keep an unreachable Redis from holding every request.
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
else:
    # Shared by all worker processes on this machine: the content version that
    # invalidates cached pages, chrome and view restrictions must be one value.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env("CACHE_DIR", default=str(BASE_DIR / ".cache")),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# Whole pages for visitors without a session (portal/pagecache.py); 0 = off.
PAGE_CACHE_TIMEOUT = env.int("PAGE_CACHE_TIMEOUT", default=600)
# Cards in lists (a city's practices, a dossier's, the home page's newest
# entries), each kept per version of the page it shows (core/fragments.py);
# 0 = off.
CARD_CACHE_TIMEOUT = env.int("CARD_CACHE_TIMEOUT", default=86400)
# Search results per query, filters and page; keyed by the content version.
SEARCH_CACHE_TIMEOUT = env.int("SEARCH_CACHE_TIMEOUT", default=600)
PAGE_CACHE_SKIP_PREFIXES = ["/admin/", "/anmelden/", "/abmelden/", "/healthz"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation." + name, "OPTIONS": options}
    for name, options in (
        ("UserAttributeSimilarityValidator", {}),
        ("MinimumLengthValidator", {"min_length": 12}),
        ("CommonPasswordValidator", {}),
        ("NumericPasswordValidator", {}),
    )
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses locked-out logins first
    "django.contrib.auth.backends.ModelBackend",
]

# Brute-force protection for every login (admin, /anmelden/, password checks):
# locked per user name *and* address, so a city hall behind one NAT address is not
# locked out as a whole and nobody can lock out an editor from elsewhere.
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no record of successful logins and their addresses
AXES_LOCKOUT_CALLABLE = "accounts.logins.lockout_response"
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_address"
AXES_CLIENT_STR_CALLABLE = "accounts.logins.login_reference"
AXES_USERNAME_CALLABLE = "accounts.logins.login_username"

# Optional two-factor authentication for the admin (django-otp, TOTP): whoever sets
# it up under "Konto" must enter a code from the app after the password.
OTP_TOTP_ISSUER = env("TOTP_ISSUER", default="Praxisportal Großstadtnetzwerk")

LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("Deutsch"))]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [PROJECT_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="smtp://localhost:25")
globals().update(EMAIL_CONFIG)  # EMAIL_BACKEND, EMAIL_HOST, …
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="Praxisportal <praxisportal@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * env.int("SESSION_HOURS", default=8)
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views answer SAMEORIGIN themselves
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Public pages: no inline script or style anywhere, so no nonces and no
# 'unsafe-inline' (and cached HTML stays valid for everyone). See portal/security.py.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "object-src": [NONE],
        "frame-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Wagtail's admin needs inline scripts and styles and frames its own preview.
ADMIN_CONTENT_SECURITY_POLICY = {
    "PATH_PREFIX": "/admin/",
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
    },
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Praxisportal Großstadtnetzwerk"
# The site's public address (scheme, host and port, no path): every absolute link
# in mails, the citation, feeds, sitemap, JSON-LD, the API and the exports starts
# with it, and `migrate` gives the default Wagtail site this host and port.
PORTAL_BASE_URL = env("PORTAL_BASE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default=PORTAL_BASE_URL)
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch")]
WAGTAIL_USER_TIME_ZONES = ["Europe/Berlin"]
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "german",
    }
}
WAGTAILDOCS_DOCUMENT_MODEL = "portal.PortalDocument"
WAGTAILIMAGES_IMAGE_MODEL = "portal.PortalImage"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
TAGGIT_CASE_INSENSITIVE = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party request with editors' emails
WAGTAILADMIN_COMMENTS_ENABLED = True

# Open interfaces (portal/api.py, feeds, open-data export): read-only, public.
WAGTAILAPI_BASE_URL = env("WAGTAILAPI_BASE_URL", default=PORTAL_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_SEARCH_ENABLED = False  # Wagtail's search is too slow here; see /suche/
# No global REST_FRAMEWORK settings: the public API sets its own on its views,
# Wagtail's admin API (choosers, explorer) keeps DRF's session authentication.

# Public forms: per-address fixed-window limits (see portal/shared/ratelimit.py).
RATELIMIT_ENABLED = env.bool("RATELIMIT_ENABLED", default=True)
RATELIMIT_CLIENT_HEADER = env("RATELIMIT_CLIENT_HEADER", default="")

# Elasticsearch is optional; the search app picks its backend from this.
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", default="praxisportal")
SEARCH_CACHE_DIR = env("SEARCH_CACHE_DIR", default="")

# One stream to stdout, for journald or the container runtime: plain lines, or JSON
# lines (LOG_FORMAT=json, the production default). Emails, IP addresses and phone
# numbers are redacted from every message and traceback (portal/logs.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level"},
        },
    },
    "filters": {"redact": {"()": "portal.logs.RedactPersonalData"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": env("LOG_FORMAT", default="plain"),
            "filters": ["redact"],
        },
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # One line per task run drowns the useful messages.
        "django_tasks": {"level": "WARNING"},
        # Lockouts are warnings; the start-up banner and each failure are noise.
        "axes": {"level": "WARNING"},
    },
}

# Practice profiles (practices/): a profile is due for review after this many
# months; its city's editors are reminded at most once per interval (days).
PRACTICE_REVIEW_MONTHS = env.int("PRACTICE_REVIEW_MONTHS", default=12)
PRACTICE_REVIEW_REMINDER_DAYS = env.int("PRACTICE_REVIEW_REMINDER_DAYS", default=30)

# Theme dossiers and print orders (dossiers/).
DOSSIER_CONFIRMATION_DAYS = env.int("DOSSIER_CONFIRMATION_DAYS", default=7)
DOSSIER_ORDERS_PER_EMAIL = env.int("DOSSIER_ORDERS_PER_EMAIL", default=3)  # 30 days
DOSSIER_RETENTION_DAYS = env.int("DOSSIER_RETENTION_DAYS", default=180)
DOSSIER_LOW_STOCK = env.int("DOSSIER_LOW_STOCK", default=25)
DOSSIER_ORDER_RATE_LIMIT = env.int("DOSSIER_ORDER_RATE_LIMIT", default=20)  # per hour
DOSSIER_MAIL_MAX_ATTEMPTS = env.int("DOSSIER_MAIL_MAX_ATTEMPTS", default=10)
# WeasyPrint logs every layout step at INFO.
LOGGING["loggers"]["weasyprint"] = {"level": "WARNING"}
LOGGING["loggers"]["fontTools"] = {"level": "WARNING"}

# Reports, downloads, member area and forms (portal/).
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # collection view restrictions apply
# Only PDFs open in the browser; everything else downloads (Content-Disposition:
# attachment), always with nosniff and "default-src 'none'" from Wagtail's view.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.uploads.PortalDocumentForm"
LOGIN_URL = "login"
WAGTAIL_FRONTEND_LOGIN_URL = "/anmelden/"
CONTACT_CONFIRMATION_HOURS = env.int("CONTACT_CONFIRMATION_HOURS", default=24)
CONTACT_MESSAGES_PER_EMAIL = env.int("CONTACT_MESSAGES_PER_EMAIL", default=5)  # a day
CONTACT_RATELIMIT_POSTS = env.int("CONTACT_RATELIMIT_POSTS", default=5)
CONTACT_RATELIMIT_WINDOW = env.int("CONTACT_RATELIMIT_WINDOW", default=600)  # seconds
CONTACT_MAIL_MAX_ATTEMPTS = env.int("CONTACT_MAIL_MAX_ATTEMPTS", default=10)
FORM_RATELIMIT_POSTS = env.int("FORM_RATELIMIT_POSTS", default=5)
FORM_RATELIMIT_WINDOW = env.int("FORM_RATELIMIT_WINDOW", default=600)  # seconds
LOGIN_RATELIMIT_POSTS = env.int("LOGIN_RATELIMIT_POSTS", default=10)
PASSWORD_RESET_RATELIMIT_POSTS = env.int(  # per hour and address
    "PASSWORD_RESET_RATELIMIT_POSTS", default=5
)
PASSWORD_RESET_TIMEOUT = env.int("PASSWORD_RESET_TIMEOUT", default=60 * 60 * 24)
AUTOCOMPLETE_RATELIMIT = env.int("AUTOCOMPLETE_RATELIMIT", default=120)  # per minute

# Accessibility (accessibility/): sign-language videos as Wagtail media, with
# captions; only the formats every current browser plays in <video>.
WAGTAILMEDIA = {
    "MEDIA_MODEL": "accessibility.Video",
    "MEDIA_FORM_BASE": "accessibility.forms.VideoForm",
    "AUDIO_EXTENSIONS": ["mp3"],
    "VIDEO_EXTENSIONS": ["mp4", "webm"],
}
VIDEO_MAX_UPLOAD_SIZE = env.int("VIDEO_MAX_UPLOAD_SIZE", default=500 * 1024 * 1024)
BARRIER_REPORT_RATELIMIT_POSTS = env.int("BARRIER_REPORT_RATELIMIT_POSTS", default=5)
BARRIER_REPORT_RATELIMIT_WINDOW = env.int(  # seconds
    "BARRIER_REPORT_RATELIMIT_WINDOW", default=600
)
BARRIER_REPORT_RETENTION_DAYS = env.int("BARRIER_REPORT_RETENTION_DAYS", default=180)
BARRIER_REPORT_MAIL_MAX_ATTEMPTS = env.int(
    "BARRIER_REPORT_MAIL_MAX_ATTEMPTS", default=10
)
