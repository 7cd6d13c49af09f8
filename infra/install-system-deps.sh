#!/usr/bin/env bash
# Installs the Debian packages the test suite runs for real: PostgreSQL server binaries and
# Chromium (driven by Playwright in tests/browser/; never a downloaded browser build), and Node.js
# with npm when missing (the frontend kit in frontend_contract/, GraphiQL's pinned assets, the
# graphql-http audit in tests/http/audit/).
# `install-system-deps.sh bench` (make bench) also installs wrk, the load generator.
# `install-system-deps.sh stack` (make stack, make soak, the `stack` tests) adds redis-server,
# nginx and Prometheus (it scrapes the app instances) for the production topology on loopback
# (infra/stack), and wrk; `make test` runs
# it too (the stack tests, and the bench's own end-to-end test, need them).
set -euo pipefail

need=()
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null; then
  need+=(postgresql)
fi
if [ "${1:-}" = "bench" ] || [ "${1:-}" = "stack" ]; then
  command -v wrk >/dev/null || need+=(wrk)
fi
if [ "${1:-}" = "stack" ]; then
  command -v redis-server >/dev/null || need+=(redis-server)
  command -v nginx >/dev/null || need+=(nginx)
  command -v prometheus >/dev/null || need+=(prometheus)
fi
if [ ! -x /usr/bin/chromium ]; then
  need+=(chromium)
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  need+=(nodejs npm)
fi
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${need[*]}. Run as root or install them: apt-get install ${need[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
