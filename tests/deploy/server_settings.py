"""Production settings for the app servers the deployment tests start.

Only the static files differ: the tests serve pages without running
collectstatic, so the manifest of hashed names is not needed.
"""

from portal.settings.production import *  # noqa: F403
from portal.settings.production import STORAGES

STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
