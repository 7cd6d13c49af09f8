import os
from importlib import import_module

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.db import connections

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()

# Import every URL pattern, and with them the GraphQL schema, now rather than on a worker's first
# request: under gunicorn's `preload_app` the master does it once, so a worker forked to replace
# one recycled by `max_requests` answers its first request warm (no p99 spike every few minutes).
import_module(settings.ROOT_URLCONF)
connections.close_all()
