import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()

# What Django and Wagtail loaded lives as long as the worker. Moved out of the
# collector's sight, a full collection scans only what requests leave behind:
# 20 instead of 120 ms for the request that triggers one (bench/RESULTS.md).
gc.freeze()
