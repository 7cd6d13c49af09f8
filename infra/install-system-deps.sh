#!/usr/bin/env bash
# Installs the Debian packages the test suite runs for real: PostgreSQL server binaries and
# Chromium (driven by Playwright in tests/browser/; never a downloaded browser build), and Node.js
# with npm when missing (the frontend kit in frontend_contract/, GraphiQL's pinned assets, the
# graphql-http audit in tests/http/audit/).
# `install-system-deps.sh bench` (make bench only) also installs wrk, the load generator.
set -euo pipefail

need=()
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null; then
  need+=(postgresql)
fi
if [ "${1:-}" = "bench" ] && ! command -v wrk >/dev/null; then
  need+=(wrk)
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
