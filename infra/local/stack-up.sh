#!/usr/bin/env bash
# Install (first run only; cached under .stack/) and start the servers of the local stack:
# PostgreSQL, Keycloak, Temporal (dev server), Kafka, the SMTP sink and the development identity
# provider; also install the time-skipping Temporal test server that the tests start themselves.
# Keycloak is fetched and built while the others install and start, and starts once PostgreSQL
# is up, beside Temporal and Kafka. Idempotent.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
started=$(date +%s)
bash "$LOCAL_DIR/keycloak/install.sh" &
keycloak_install=$!
bash "$LOCAL_DIR/temporal-test-server/install.sh"
bash "$LOCAL_DIR/postgres/start.sh"
bash "$LOCAL_DIR/keycloak/start.sh" &
keycloak=$!
bash "$LOCAL_DIR/temporal/start.sh"
bash "$LOCAL_DIR/kafka/start.sh"
bash "$LOCAL_DIR/smtp/start.sh"
bash "$LOCAL_DIR/issuer/start.sh"
wait "$keycloak_install"
wait "$keycloak"
log "stack up in $(( $(date +%s) - started ))s"
