#!/usr/bin/env bash
# compose.yaml: let the replica stream from the primary over the compose network.
echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
