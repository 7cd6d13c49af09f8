"""wrk against the stack: a GraphQL POST per request, optionally unique per request (an unused
variable carries a nonce, so every request misses the response cache and computes), or one GET
path again and again (the edge cache and its static-file ceiling), and the latency percentiles
read from wrk's own histogram."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

DONE = """
function done(summary, latency, requests)
  io.write("WRK_JSON " .. string.format(
    '{"requests": %%d, "seconds": %%f, "connect_errors": %%d, "read_errors": %%d, '
    .. '"timeouts": %%d, "non_2xx": %%d, "p50_ms": %%f, "p95_ms": %%f, "p99_ms": %%f}',
    summary.requests, summary.duration / 1e6, summary.errors.connect, summary.errors.read,
    summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000
  ) .. "\\n")
end
"""
SCRIPT = (
    """
local nonce_base = 0
local counter = 0
local template = [==[%(template)s]==]
local unique = %(unique)s
local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end
function init(args)
  nonce_base = id * 1000000000
end
function request()
  counter = counter + 1
  local body = template
  if unique then body = string.gsub(template, "__NONCE__", tostring(nonce_base + counter)) end
  return wrk.format("POST", "/graphql/", {["Content-Type"] = "application/json"}, body)
end
"""
    + DONE
)
GET_SCRIPT = (
    """
local path = [==[%(path)s]==]
function request()
  return wrk.format("GET", path, {["Accept"] = "application/json"})
end
"""
    + DONE
)


def run_wrk(
    base_url: str,
    query: str,
    variables: dict,
    *,
    unique: bool,
    seconds: int = 10,
    connections: int = 8,
    threads: int = 2,
) -> dict:
    payload = {
        "query": query,
        "variables": {**variables, **({"nonce": "__NONCE__"} if unique else {})},
    }
    script_text = SCRIPT % {
        "template": json.dumps(payload),
        "unique": "true" if unique else "false",
    }
    return _run(base_url, script_text, seconds, connections, threads)


def run_wrk_get(
    base_url: str, path: str, *, seconds: int = 10, connections: int = 8, threads: int = 2
) -> dict:
    """The same path again and again, GET: what a CDN-cacheable client sends."""
    return _run(base_url, GET_SCRIPT % {"path": path}, seconds, connections, threads)


def _run(base_url: str, script_text: str, seconds: int, connections: int, threads: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(script_text)
    try:
        result = subprocess.run(
            ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
             "-s", script.name, base_url],
            capture_output=True, text=True, timeout=seconds + 60, check=True,
        )  # fmt: skip
    finally:
        Path(script.name).unlink(missing_ok=True)
    line = next(x for x in result.stdout.splitlines() if x.startswith("WRK_JSON "))
    figures = json.loads(line.removeprefix("WRK_JSON "))
    figures["rps"] = round(figures["requests"] / figures["seconds"], 1)
    figures["errors"] = sum(
        figures[k] for k in ("connect_errors", "read_errors", "timeouts", "non_2xx")
    )
    return figures
