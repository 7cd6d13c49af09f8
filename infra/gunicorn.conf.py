"""Gunicorn for production: stateless workers, scale out by adding processes or machines."""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# Workers are recycled to bound memory; the master loads the app once (cms/wsgi.py warms it),
# so each new worker is forked ready. A code change needs a restart, not a HUP.
preload_app = True
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
