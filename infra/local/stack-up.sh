#!/usr/bin/env bash
# Install (first run only; cached under .stack/) and start the servers of the stack: PostgreSQL,
# Keycloak, Temporal, Kafka, the object store (S3), the SMTP sink and the development identity
# provider; also install the time-skipping Temporal test server that the tests start themselves.
# What must be fetched or built is fetched and built at once, in parallel; then the servers start,
# Keycloak (a JVM that takes longest) in the background as soon as PostgreSQL is up, beside the
# others. Idempotent.
# STACK_PROFILE=cluster: the Temporal server on PostgreSQL and a Kafka cluster of three nodes.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
started=$(date +%s)

installs=("temporal/install.sh" "temporal-test-server/install.sh" "kafka/install.sh" "postgres/install-tools.sh" "object-store/install.sh" "keycloak/install.sh")
[ "$STACK_PROFILE" = cluster ] && installs+=("temporal-server/install.sh" "proxy/install.sh")
run_parallel "${installs[@]}"   # nothing to do after install-all.sh; stack-up alone installs what it starts

bash "$LOCAL_DIR/postgres/start.sh"
bash "$LOCAL_DIR/keycloak/start.sh" &
keycloak=$!
if [ "$STACK_PROFILE" = cluster ]; then
  bash "$LOCAL_DIR/temporal-server/start.sh"
  bash "$LOCAL_DIR/kafka-cluster/start.sh"
else
  bash "$LOCAL_DIR/temporal/start.sh"
  bash "$LOCAL_DIR/kafka/start.sh"
fi
bash "$LOCAL_DIR/object-store/start.sh"
bash "$LOCAL_DIR/smtp/start.sh"
bash "$LOCAL_DIR/issuer/start.sh"
wait "$keycloak"
log "stack up ($STACK_PROFILE) in $(( $(date +%s) - started ))s"
