#!/usr/bin/env bash
# Stop the servers the stack scripts started (by pid; nothing else is touched). Data is kept.
# `--except keycloak postgres` leaves those running (the cluster suite reads people from the
# shared stack's Keycloak, which keeps its realm in the shared PostgreSQL).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
keep=" "
if [ "${1:-}" = --except ]; then shift; keep=" $* "; fi
for part in proxy keycloak issuer smtp object-store kafka kafka-cluster temporal postgres; do
  [[ "$keep" == *" $part "* ]] && continue
  bash "$LOCAL_DIR/$part/stop.sh"
done
