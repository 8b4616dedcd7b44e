"""The meetings app's settings: a Django setting wins, else the environment,
else the default (so the app needs no line in portal/settings)."""

import os

from django.conf import settings

DEFAULTS = {
    # Hours a registrant has to confirm the address before the request lapses.
    "MEETING_CONFIRMATION_HOURS": 48,
    # Days after a meeting's end before its registrations lose personal data.
    "MEETING_RETENTION_DAYS": 90,
    # Registration form submissions per client address and window (seconds).
    "MEETING_RATELIMIT_POSTS": 10,
    "MEETING_RATELIMIT_WINDOW": 600,
    # Failed attempts after which a mail is given up.
    "MEETING_MAIL_MAX_ATTEMPTS": 10,
}


def setting(name):
    if hasattr(settings, name):
        return getattr(settings, name)
    raw = os.environ.get(name)
    return int(raw) if raw not in (None, "") else DEFAULTS[name]
