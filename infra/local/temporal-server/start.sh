#!/usr/bin/env bash
# Start the Temporal server of the cluster profile on the stack's PostgreSQL: its schema set up
# and upgraded by Temporal's own SQL tool (idempotent), every service in one process, the
# `default` namespace registered. PostgreSQL must run and hold the databases $TEMPORAL_DB and
# $TEMPORAL_VISIBILITY_DB (the cluster profile adds them to PG_DATABASES).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/../lib.sh"

if [ -n "${TEMPORAL_ADDRESS:-}" ]; then log "using Temporal at $TEMPORAL_ADDRESS (not starting a server)"; exit 0; fi
bash "$HERE/install.sh"
bash "$LOCAL_DIR/temporal/install.sh"   # the CLI, to register the namespace

home="$STACK_HOME/temporal-server"
schema="$STACK_BIN/temporal-server-schema"
mkdir -p "$home/config"
tool=("$STACK_BIN/temporal-sql-tool" --plugin postgres12 --ep 127.0.0.1 -p "$PG_PORT" -u postgres --pw postgres)
for db in "$TEMPORAL_DB:temporal" "$TEMPORAL_VISIBILITY_DB:visibility"; do
  name="${db%%:*}" dir="$schema/${db#*:}/versioned"
  # A new database gets the schema's base version first; an existing one keeps its own.
  if ! "${tool[@]}" --db "$name" update-schema -d "$dir" >> "$STACK_LOGS/temporal-server-schema.log" 2>&1; then
    "${tool[@]}" --db "$name" setup-schema -v 0.0 >> "$STACK_LOGS/temporal-server-schema.log" 2>&1
    "${tool[@]}" --db "$name" update-schema -d "$dir" >> "$STACK_LOGS/temporal-server-schema.log" 2>&1
  fi
done
log "temporal schema of $TEMPORAL_DB and $TEMPORAL_VISIBILITY_DB at $TEMPORAL_SERVER_VERSION"

p="$TEMPORAL_PORT"
sed -e "s|@DB@|$TEMPORAL_DB|; s|@VISIBILITY_DB@|$TEMPORAL_VISIBILITY_DB|; s|@PG_PORT@|$PG_PORT|g" \
  -e "s|@FRONTEND_PORT@|$p|g; s|@HTTP_PORT@|$((p + 30))|; s|@HISTORY_PORT@|$((p + 31))|; s|@MATCHING_PORT@|$((p + 32))|; s|@WORKER_PORT@|$((p + 33))|" \
  -e "s|@FRONTEND_MEMBERSHIP_PORT@|$((p + 34))|; s|@HISTORY_MEMBERSHIP_PORT@|$((p + 35))|; s|@MATCHING_MEMBERSHIP_PORT@|$((p + 36))|; s|@WORKER_MEMBERSHIP_PORT@|$((p + 37))|" \
  -e "s|@METRICS_PORT@|$((p + 38))|; s|@DYNAMIC_CONFIG@|$HERE/dynamic-config.yaml|" \
  "$HERE/config.yaml" > "$home/config/cluster.yaml"

start_bg temporal "$STACK_BIN/temporal-server" --root "$home" --config config --env cluster --allow-no-auth start
wait_port temporal "$p" 120
# The frontend opens its port before it serves; register the namespace once it answers.
cli=("$STACK_BIN/temporal" operator namespace --address "127.0.0.1:$p")
for _ in $(seq 1 300); do
  "${cli[@]}" describe default >/dev/null 2>&1 && break
  "${cli[@]}" create --retention 30d default >/dev/null 2>&1 && break
  sleep 0.2
done
"${cli[@]}" describe default >/dev/null 2>&1 || { log "the default namespace could not be registered"; tail -n 30 "$STACK_LOGS/temporal.log" >&2; exit 1; }
log "temporal server ready on 127.0.0.1:$p (PostgreSQL $TEMPORAL_DB, visibility $TEMPORAL_VISIBILITY_DB)"
