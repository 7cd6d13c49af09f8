"""Requests per second from a second process (wrk) against gunicorn with 2 workers, and the
server's resident memory sampled through the run."""

import math
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import psutil

from .targets import Request, request_json

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 2
CONNECTIONS = 4
MAX_LOAD_SECONDS = 12
WARMUP_SECONDS = 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn with the production config (gthread workers), the bench settings and DB."""

    def __init__(self, database_url: str, cache: bool = False) -> None:
        self.port = free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "BENCH_DATABASE_URL": database_url,
            "BENCH_API_CACHE": "on" if cache else "off",
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "GUNICORN_WORKERS": str(WORKERS),
        }
        command = [
            str(Path(sys.executable).with_name("gunicorn")),
            "--config", str(ROOT / "infra" / "gunicorn.conf.py"),
            "--max-requests", "0",
            "--access-logfile", "/dev/null",
            "cms.wsgi:application",
        ]  # fmt: skip
        self.log = tempfile.NamedTemporaryFile(
            prefix="bench-gunicorn-", suffix=".log", delete=False
        )
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self.log, stderr=self.log
        )
        self._wait_ready()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, request: Request) -> str:
        return (
            self.base_url + request.path + ("?" + urlencode(request.query) if request.query else "")
        )

    def send(self, request: Request) -> tuple[int, dict[str, str]]:
        """One request from this process: its status and headers (4xx/3xx are answers too)."""
        data = request_json(request).encode() if request.method == "POST" else None
        headers = {**request.headers}
        if data is not None:
            headers["Content-Type"] = "application/json"
        sent = urllib.request.Request(self.url(request), data=data, headers=headers)
        try:
            with urllib.request.urlopen(sent, timeout=60) as response:
                return response.status, dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers)

    def _wait_ready(self, seconds: float = 180) -> None:
        """Generous: on a busy 2-core machine booting two workers can take a minute."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log.name}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/rest/pages/?limit=1", timeout=5):
                    return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer in {seconds} s; see {self.log.name}")

    def processes(self) -> list[psutil.Process]:
        master = psutil.Process(self.process.pid)
        return [master, *master.children(recursive=True)]

    def wait_idle(self, seconds: float = 20) -> None:
        """Let requests abandoned by the previous wrk run finish before the next one counts."""
        deadline = time.monotonic() + seconds
        workers = self.processes()[1:]
        while time.monotonic() < deadline:
            try:
                for worker in workers:
                    worker.cpu_percent(interval=None)  # starts the measuring interval
                time.sleep(0.3)
                busy = sum(worker.cpu_percent(interval=None) for worker in workers)
            except psutil.Error:
                return
            if busy < 10:
                return

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextmanager
def running_server(database_url: str, cache: bool = False):
    server = Server(database_url, cache)
    try:
        yield server
    finally:
        server.stop()


class MemorySampler(threading.Thread):
    def __init__(self, server: Server, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.server, self.interval = server, interval
        self.max_process_mb = self.max_total_mb = 0.0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            sizes = []
            for process in self.server.processes():
                try:
                    sizes.append(process.memory_info().rss / 2**20)
                except psutil.Error:
                    continue
            if sizes:
                self.max_process_mb = max(self.max_process_mb, *sizes)
                self.max_total_mb = max(self.max_total_mb, sum(sizes))
            self._done.wait(self.interval)

    def stop(self) -> None:
        self._done.set()
        self.join()


def wrk_script(request: Request) -> str:
    lines = [f'wrk.headers["{name}"] = [==[{value}]==]' for name, value in request.headers.items()]
    if request.method == "POST":
        lines += [
            'wrk.method = "POST"',
            'wrk.headers["Content-Type"] = "application/json"',
            f"wrk.body = [==[{request_json(request)}]==]",
        ]
    return "".join(f"{line}\n" for line in lines)


def load_seconds(minimum: int, median_ms: float) -> int:
    """Long enough for every connection to complete about three requests at the in-process
    speed (a slow target would otherwise report 0 req/s), never longer than 12 s."""
    rounds = 3 * median_ms / 1000 * CONNECTIONS / WORKERS
    return max(minimum, min(MAX_LOAD_SECONDS, math.ceil(rounds)))


def load(server: Server, request: Request, seconds: int) -> dict[str, Any]:
    wrk = shutil.which("wrk")
    if wrk is None:
        raise RuntimeError("wrk is not installed: run `bash infra/install-system-deps.sh bench`")
    url = server.url(request)
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(wrk_script(request))
        script.flush()
        server.wait_idle()
        run_wrk(wrk, script.name, url, WARMUP_SECONDS)  # every worker thread warm, not counted
        server.wait_idle()
        sampler = MemorySampler(server)
        sampler.start()
        try:
            output = run_wrk(wrk, script.name, url, seconds)
        finally:
            sampler.stop()
    return {
        "load_seconds": seconds,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "socket_errors": sum(
            int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output)
        ),
        "non_2xx": int(m.group(1))
        if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", output))
        else 0,
        "load_p50_ms": wrk_latency(output, "50%"),
        "load_p99_ms": wrk_latency(output, "99%"),
        "rss_max_process_mb": round(sampler.max_process_mb, 1),
        "rss_max_total_mb": round(sampler.max_total_mb, 1),
    }


def run_wrk(wrk: str, script: str, url: str, seconds: int) -> str:
    command = [wrk, "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "30s", "--latency"]
    command += ["-s", script, url]
    return subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=seconds + 60
    ).stdout


def wrk_latency(output: str, label: str) -> float | None:
    match = re.search(rf"^\s+{re.escape(label)}\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    if not match:
        return None
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
