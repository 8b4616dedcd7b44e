"""gunicorn settings for the Praxisportal (used by praxisportal-web.service).

gunicorn --config docs/deploy/gunicorn.conf.py portal.wsgi
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two workers per core plus one; each worker is a separate process with its own
# database connection (CONN_MAX_AGE keeps it open between requests).
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
timeout = 60  # WeasyPrint never runs in a request; 60 s only guards hung workers
graceful_timeout = 30
max_requests = 2000  # recycle workers now and then
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# Access log on stdout without the client address (%(h)s) or the query string:
# addresses and search terms are personal data and stay out of the journal.
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
