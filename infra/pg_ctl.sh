#!/usr/bin/env bash
# pg_ctl for pytest-postgresql. PostgreSQL refuses to run as root, and CI runs as root:
# then hand the data and log directories to the 'postgres' system user and run as it.
set -euo pipefail
pg_ctl=$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$pg_ctl" ] || pg_ctl=$(command -v pg_ctl)
if [ "$(id -u)" -ne 0 ]; then
  exec "$pg_ctl" "$@"
fi
args=("$@")
for ((i = 0; i < ${#args[@]} - 1; i++)); do
  case "${args[$i]}" in
    -D | --pgdata | -l)
      dir=$(dirname "${args[$((i + 1))]}")
      chown postgres "$dir"
      while [ "$dir" != "/" ]; do chmod o+x "$dir"; dir=$(dirname "$dir"); done
      ;;
  esac
done
exec runuser -u postgres -- "$pg_ctl" "$@"
