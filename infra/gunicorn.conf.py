"""Gunicorn for production: stateless workers, scale out by adding processes or machines."""

import os
import shutil
import tempfile
from pathlib import Path

from cms.observability.logs import gunicorn_logging

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# Workers are recycled to bound memory; the master loads the app once (cms/wsgi.py warms it),
# so each new worker is forked ready. A code change needs a restart, not a HUP.
preload_app = True
max_requests = 2000
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")

# Requests are logged by the app (cms/observability/middleware.py: one line each, with the
# request id, in LOG_FORMAT), not a second time by gunicorn's access log.
accesslog = None
logconfig_dict = gunicorn_logging(os.environ.get("LOG_FORMAT", "").strip().lower() or "json")

# Prometheus metrics from every worker add up (prometheus-client's multiprocess mode): each
# worker writes its samples under this directory, /metrics reads them all. It must be set
# before the app (and prometheus_client) is loaded, and start empty.
metrics_directory = Path(
    os.environ.get("PROMETHEUS_MULTIPROC_DIR") or tempfile.mkdtemp(prefix="newsroom-metrics-")
)
os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(metrics_directory)
metrics_directory.mkdir(parents=True, exist_ok=True)  # the preloaded app writes there at once


def on_starting(server) -> None:
    shutil.rmtree(metrics_directory, ignore_errors=True)
    metrics_directory.mkdir(parents=True, exist_ok=True)


def child_exit(server, worker) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def post_worker_init(worker) -> None:
    from cms.observability.health import warm_up

    warm_up()
