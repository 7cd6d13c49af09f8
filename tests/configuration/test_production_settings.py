"""Production settings read everything from the environment and refuse to start without it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_ENV = ROOT / "infra" / "production.env.example"


def example_environment() -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "AWS_"))
    }
    for line in EXAMPLE_ENV.read_text().splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            env[key] = value
    return env


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_nothing_with_the_example_environment():
    result = manage("check", "--deploy", "--fail-level", "DEBUG", env=example_environment())
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    "variable",
    [
        "DJANGO_SECRET_KEY",
        "DJANGO_ALLOWED_HOSTS",
        "DATABASE_URL",
        "DJANGO_CSRF_TRUSTED_ORIGINS",
        "AWS_STORAGE_BUCKET_NAME",
        "EMAIL_HOST",
        "DEFAULT_FROM_EMAIL",
        "NEWSROOM_EMBARGO_IP_HASH_KEY",
    ],
)
def test_production_refuses_to_start_without_a_required_variable(variable):
    env = example_environment()
    del env[variable]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"The environment variable {variable} is required" in result.stderr


def test_production_refuses_to_start_without_a_shared_cache():
    env = example_environment()
    del env["CACHE_URL"]
    result = manage("check", env=env)
    assert "Set CACHE_URL or REDIS_URL" in result.stderr
