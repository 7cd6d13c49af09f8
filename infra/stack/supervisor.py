"""Starts and stops the whole production topology on 127.0.0.1, in dependency order.

`make stack` runs it in the foreground (`python -m infra.stack`); the `stack` tests start one
per session and then break parts of it (tests/stack/conftest.py). Every port is picked free at
start except nginx's when asked for (8080 for `make stack`).
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import boto3
import requests
from botocore.config import Config

from . import prometheus
from .nginx import write_config
from .postgres import PostgresServer
from .processes import Process, free_port

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
S3_KEY, S3_SECRET, S3_REGION, BUCKET = (
    "stack-access-key",
    "stack-secret-key",
    "us-east-1",
    "newsroom-media",
)
ADMIN_USERNAME = "admin"
SETUP_COMMANDS = [["migrate", "--noinput", "-v0"], ["load_demo_newsroom"]]


@dataclass
class Stack:
    directory: Path
    nginx_port: int | None = None
    instances: int = 2
    gunicorn_workers: int = 2
    scheduler_interval: float = 30.0
    scrape_interval: float = 15.0
    extra_env: dict[str, str] = field(default_factory=dict)
    admin_password: str = field(default_factory=lambda: secrets.token_urlsafe(12))
    metrics_token: str = field(
        default_factory=lambda: (
            os.environ.get("NEWSROOM_METRICS_TOKEN", "").strip() or secrets.token_urlsafe(24)
        )
    )
    processes: dict[str, Process] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.directory = self.directory.resolve()
        self.directory.mkdir(parents=True, exist_ok=True)
        self.nginx_port = self.nginx_port or free_port()
        self.primary = PostgresServer("postgresql", self.directory / "postgresql", free_port())
        self.replica = PostgresServer("replica", self.directory / "replica", free_port())
        self.redis_port, self.s3_port, self.s3_store_port = free_port(), free_port(), free_port()
        self.app_ports = [free_port() for _ in range(self.instances)]
        self.prometheus_port = free_port()

    @property
    def as_root(self) -> bool:
        return os.geteuid() == 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.nginx_port}"

    def app_url(self, number: int) -> str:
        return f"http://127.0.0.1:{self.app_ports[number - 1]}"

    @property
    def prometheus_url(self) -> str:
        return f"http://127.0.0.1:{self.prometheus_port}"

    @property
    def s3_url(self) -> str:
        return f"http://127.0.0.1:{self.s3_port}"

    def env(self) -> dict[str, str]:
        origins = [f"{scheme}://127.0.0.1:{self.nginx_port}" for scheme in ("http", "https")]
        return {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "AWS_"))},
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "DJANGO_SECRET_KEY": "stack-" + "loopback-only-secret-key-0123456789-abcdefghijklmnop",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_CSRF_TRUSTED_ORIGINS": ",".join(origins),
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_SECURE_HSTS_SECONDS": "0",
            "DJANGO_STATIC_ROOT": str(self.directory / "static"),
            "WAGTAILADMIN_BASE_URL": self.url,
            "NEWSROOM_FRONTEND_BASE_URL": self.url,
            "EMAIL_HOST": "127.0.0.1",
            "DEFAULT_FROM_EMAIL": "Newsroom press office <press@example.org>",
            "NEWSROOM_EMBARGO_IP_HASH_KEY": "stack-loopback-only-ip-hash-key-0123456789",
            "DATABASE_URL": self.primary.url,
            "DATABASE_REPLICA_URL": self.replica.url,
            "CACHE_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": self.s3_url,
            "AWS_S3_REGION_NAME": S3_REGION,
            "AWS_ACCESS_KEY_ID": S3_KEY,
            "AWS_SECRET_ACCESS_KEY": S3_SECRET,
            "AWS_S3_ADDRESSING_STYLE": "path",
            "AWS_S3_CONNECT_TIMEOUT": "1",
            "AWS_S3_READ_TIMEOUT": "5",
            "AWS_S3_MAX_ATTEMPTS": "2",
            "PYTHONUNBUFFERED": "1",
            "NEWSROOM_METRICS_TOKEN": self.metrics_token,
            "LOG_FORMAT": "json",
            **self.extra_env,
        }

    # -- lifecycle -------------------------------------------------------------------------

    def start(self, log=print) -> None:
        self.start_services(log)
        log("Migrations, demo content and (meanwhile) static files ...")
        static = self.collect_static()
        for command in SETUP_COMMANDS:
            self.manage(*command)
        self.set_admin_password()
        self.wait_static(static)
        self.start_apps()

    def start_services(self, log=print) -> None:
        """The databases, Redis and S3: what `manage.py restore` needs, before any app."""
        log("PostgreSQL primary ...")
        self.primary.init_primary()
        log("PostgreSQL streaming replica (pg_basebackup) ...")
        self.replica.init_replica(self.primary)
        self._add("redis", [
            "redis-server", "--bind", "127.0.0.1", "--port", str(self.redis_port),
            "--save", "", "--appendonly", "no", "--daemonize", "no",
        ], port=self.redis_port).start()  # fmt: skip
        self._add("s3-store", [str(VENV_BIN / "moto_server"), "-H", "127.0.0.1",
                               "-p", str(self.s3_store_port)], port=self.s3_store_port).start()  # fmt: skip
        self._add("s3", [sys.executable, "-m", "infra.stack.tcpproxy", str(self.s3_port),
                         str(self.s3_store_port)], port=self.s3_port).start()  # fmt: skip
        self.create_bucket()

    def collect_static(self) -> subprocess.Popen:
        return subprocess.Popen(  # needs no database: runs beside the migrations
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT, env=self.env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip

    @staticmethod
    def wait_static(static: subprocess.Popen) -> None:
        _, errors = static.communicate(timeout=600)
        if static.returncode != 0:
            raise RuntimeError(f"collectstatic failed:\n{errors.decode()[-4000:]}")

    def start_apps(self) -> None:
        """The app instances, the background loops, nginx and Prometheus, on a database that
        is ready (migrated, or restored)."""
        for number, port in enumerate(self.app_ports, start=1):
            self._add(f"app-{number}", [str(VENV_BIN / "gunicorn"), "-c", "infra/gunicorn.conf.py", "--no-control-socket", "cms.wsgi"],
                      port=port, GUNICORN_BIND=f"127.0.0.1:{port}",
                      GUNICORN_WORKERS=str(self.gunicorn_workers),
                      PROMETHEUS_MULTIPROC_DIR=str(self.directory / f"metrics-app-{number}"))  # fmt: skip
        for number in range(1, self.instances + 1):
            self.processes[f"app-{number}"].start()
        self._add("worker", [sys.executable, "manage.py", "run_webhook_worker",
                             "--interval", "0.5"]).start()  # fmt: skip
        self._add("scheduler", [sys.executable, "manage.py", "run_scheduler",
                                "--interval", str(self.scheduler_interval)]).start()  # fmt: skip
        self._add("importer", [sys.executable, "manage.py", "run_import_worker",
                               "--interval", "1"]).start()  # fmt: skip
        config = write_config(self.directory, self.nginx_port, self.app_ports, self.as_root)
        self._add("nginx", ["nginx", "-c", str(config), "-p", str(self.directory), "-g", "daemon off;"],
                  port=self.nginx_port).start()  # fmt: skip
        scrape = prometheus.write_config(
            self.directory, self.app_ports, self.metrics_token, self.scrape_interval
        )
        self._add("prometheus", prometheus.argv(scrape, self.directory / "prometheus-data",
                  self.prometheus_port), port=self.prometheus_port).start()  # fmt: skip
        self.write_pid_files()
        self.wait_healthy()

    def stop(self) -> None:
        for name in reversed(list(self.processes)):
            self.processes[name].stop()
        for server in (self.replica, self.primary):
            if server.data.exists() and server.running():
                server.stop("immediate")
        for pidfile in self.directory.glob("*.pid"):
            pidfile.unlink(missing_ok=True)

    def wait_healthy(self, timeout: float = 90) -> None:
        """Every instance ready (`/readyz` says ok) and the API answering through nginx."""
        deadline = time.monotonic() + timeout
        urls = [
            *(self.app_url(n) + "/readyz" for n in range(1, self.instances + 1)),
            self.url + "/graphql/?query={locales{code}}",
        ]
        pending = list(urls)
        while pending and time.monotonic() < deadline:
            try:
                if requests.get(pending[0], timeout=10).ok:
                    pending.pop(0)
                    continue
            except requests.RequestException:
                pass
            time.sleep(0.2)
        if pending:
            raise RuntimeError(f"not healthy: {pending}")

    def _add(self, name: str, argv: list[str], port: int | None = None, **env: str) -> Process:
        process = Process(
            name, argv, self.directory / f"{name}.log", {**self.env(), **env}, ROOT, port
        )
        self.processes[name] = process
        return process

    def write_pid_files(self) -> None:
        pids = {name: process.pid for name, process in self.processes.items()}
        pids |= {"postgresql": self.primary.pid(), "replica": self.replica.pid()}
        for name, pid in pids.items():
            if pid is not None and name != "nginx":  # nginx writes its own
                (self.directory / f"{name}.pid").write_text(f"{pid}\n")

    # -- helpers for operators and tests ---------------------------------------------------

    def manage(self, *args: str, timeout: float = 600) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-4000:]}")
        return result.stdout

    def shell(self, code: str) -> str:
        return self.manage("shell", "-c", code)

    def set_admin_password(self) -> None:
        self.shell(
            "from django.contrib.auth import get_user_model\n"
            f"u, _ = get_user_model().objects.get_or_create(username={ADMIN_USERNAME!r})\n"
            "u.is_superuser = u.is_staff = True\n"
            f"u.set_password({self.admin_password!r}); u.save()\n"
        )

    def s3_client(self):
        return boto3.client(
            "s3", endpoint_url=self.s3_url, region_name=S3_REGION,
            aws_access_key_id=S3_KEY, aws_secret_access_key=S3_SECRET,
            config=Config(s3={"addressing_style": "path"}),
        )  # fmt: skip

    def create_bucket(self) -> None:
        from cms.media.storage import public_renditions_policy

        client = self.s3_client()
        client.create_bucket(Bucket=BUCKET)
        policy = public_renditions_policy(BUCKET, "")
        client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(policy))

    def restart_apps(self, **env: str) -> None:
        """Restart every app instance with `env` changed (an empty value unsets a variable)."""
        for number in range(1, self.instances + 1):
            process = self.processes[f"app-{number}"]
            process.stop()
            process.env = {k: v for k, v in {**process.env, **env}.items() if v != ""}
            process.start()
        self.write_pid_files()
        self.wait_healthy()

    def banner(self) -> str:
        return (
            f"\nNewsroom stack on loopback (Ctrl-C stops everything)\n"
            f"  API (nginx):   {self.url}/graphql/\n"
            f"  Admin:         {self.url}/admin/  user {ADMIN_USERNAME!r}, "
            f"password {self.admin_password!r}\n"
            f"  Instances:     {', '.join(self.app_url(n) for n in range(1, self.instances + 1))}\n"
            f"  PostgreSQL:    {self.primary.url} (replica {self.replica.url})\n"
            f"  Redis:         redis://127.0.0.1:{self.redis_port}/0\n"
            f"  S3 (moto):     {self.s3_url} bucket {BUCKET}\n"
            f"  Prometheus:    {self.prometheus_url} (scrapes each instance's /metrics with "
            f"NEWSROOM_METRICS_TOKEN={self.metrics_token!r})\n"
            f"  Logs and pids: {self.directory}\n"
        )
