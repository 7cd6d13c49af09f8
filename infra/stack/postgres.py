"""PostgreSQL 15 from Debian's binaries: a primary and a streaming replica cloned from it with
pg_basebackup. PostgreSQL refuses to run as root, so as root every binary runs as `postgres`."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

DATABASE = "newsroom"


def pg_binary(name: str) -> str:
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    if candidates:
        return str(candidates[-1])
    found = shutil.which(name)
    if not found:
        raise RuntimeError(f"{name} not found: run infra/install-system-deps.sh")
    return found


def _as_postgres(argv: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


def _hand_over(path: Path) -> None:
    """Let the `postgres` user own `path` and traverse every parent (root only)."""
    if os.geteuid() != 0:
        return
    path.mkdir(parents=True, exist_ok=True)
    shutil.chown(path, "postgres")
    for parent in [path, *path.parents]:
        parent.chmod(parent.stat().st_mode | 0o001)


def _run(argv: list[str], timeout: float = 120) -> None:
    result = subprocess.run(
        _as_postgres(argv), timeout=timeout, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed: {result.stderr.strip()[-2000:]}")


@dataclass
class PostgresServer:
    name: str
    directory: Path
    port: int

    @property
    def data(self) -> Path:
        return self.directory / "data"

    @property
    def log(self) -> Path:
        return self.directory / "postgresql.log"

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{DATABASE}"

    def init_primary(self) -> None:
        _hand_over(self.directory)
        _run(
            [
                pg_binary("initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
            ]
        )
        self._configure(
            wal_level="replica",
            max_wal_senders="5",
            wal_keep_size="'256MB'",
        )
        self.start()
        _run(
            [
                pg_binary("createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                DATABASE,
            ]
        )

    def init_replica(self, primary: PostgresServer, apply_delay: str | None = None) -> None:
        _hand_over(self.directory)
        _run(
            [
                pg_binary("pg_basebackup"),
                "-h", "127.0.0.1", "-p", str(primary.port), "-U", "postgres",
                "-D", str(self.data), "-R", "-X", "stream", "-c", "fast",
            ],
            timeout=300,
        )  # fmt: skip
        settings = {"hot_standby": "on", "hot_standby_feedback": "on"}
        if apply_delay:
            settings["recovery_min_apply_delay"] = f"'{apply_delay}'"
        self._configure(**settings)
        self.start()

    def _configure(self, **settings: str) -> None:
        lines = [
            "listen_addresses = '127.0.0.1'",
            f"port = {self.port}",
            f"unix_socket_directories = '{self.directory}'",
            "fsync = off",  # throwaway clusters on loopback: durability is not under test
            "max_connections = 200",
            *(f"{key} = {value}" for key, value in settings.items()),
        ]
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write("\n# infra/stack\n" + "\n".join(lines) + "\n")

    def set(self, key: str, value: str) -> None:
        """Change a setting that a reload applies (e.g. recovery_min_apply_delay)."""
        self._configure(**{key: value})
        _run([pg_binary("pg_ctl"), "reload", "-D", str(self.data)])

    def start(self) -> None:
        _run(
            [
                pg_binary("pg_ctl"),
                "start",
                "-w",
                "-t",
                "120",
                "-D",
                str(self.data),
                "-l",
                str(self.log),
            ]
        )

    def stop(self, mode: str = "fast") -> None:
        _run([pg_binary("pg_ctl"), "stop", "-w", "-t", "120", "-m", mode, "-D", str(self.data)])

    def running(self) -> bool:
        result = subprocess.run(
            _as_postgres([pg_binary("pg_ctl"), "status", "-D", str(self.data)]),
            capture_output=True,
            check=False,
        )
        return result.returncode == 0

    def pid(self) -> int | None:
        pidfile = self.data / "postmaster.pid"
        try:
            return int(pidfile.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def sql(self, statement: str) -> str:
        result = subprocess.run(
            _as_postgres(
                [pg_binary("psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                 "-d", DATABASE, "-Atc", statement]
            ),
            capture_output=True, text=True, check=True, timeout=60,
        )  # fmt: skip
        return result.stdout.strip()
