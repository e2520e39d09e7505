#!/usr/bin/env bash
# Install (first run only; cached under .stack/) and start the servers of the local stack:
# PostgreSQL, Temporal (dev server), Kafka, the SMTP sink and the development identity provider;
# also install the time-skipping Temporal test server that the tests start themselves. Idempotent.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
started=$(date +%s)
bash "$LOCAL_DIR/temporal-test-server/install.sh"
bash "$LOCAL_DIR/postgres/install-tools.sh"
bash "$LOCAL_DIR/postgres/start.sh"
bash "$LOCAL_DIR/temporal/start.sh"
bash "$LOCAL_DIR/kafka/start.sh"
bash "$LOCAL_DIR/smtp/start.sh"
bash "$LOCAL_DIR/issuer/start.sh"
log "stack up in $(( $(date +%s) - started ))s"
