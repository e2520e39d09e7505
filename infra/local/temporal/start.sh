#!/usr/bin/env bash
# Start the Temporal dev server (SQLite file, so workflows survive restarts; Web UI on).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

if [ -n "${TEMPORAL_ADDRESS:-}" ]; then log "using Temporal at $TEMPORAL_ADDRESS (not starting the dev server)"; exit 0; fi
bash "$LOCAL_DIR/temporal/install.sh"
mkdir -p "$STACK_DATA/temporal"
start_bg temporal "$STACK_BIN/temporal" server start-dev \
  --ip 127.0.0.1 --port "$TEMPORAL_PORT" --ui-port "$TEMPORAL_UI_PORT" \
  --db-filename "$STACK_DATA/temporal/temporal.db" \
  --namespace default --log-level warn \
  --dynamic-config-value frontend.enableUpdateWorkflowExecution=true \
  --dynamic-config-value frontend.workerVersioningWorkflowAPIs=true
wait_port temporal "$TEMPORAL_PORT" 90
# The port opens before the frontend serves; wait until the namespace answers.
for _ in $(seq 1 150); do
  "$STACK_BIN/temporal" operator namespace describe --address "127.0.0.1:$TEMPORAL_PORT" default >/dev/null 2>&1 && break
  sleep 0.2
done
log "temporal ready on 127.0.0.1:$TEMPORAL_PORT, UI http://127.0.0.1:$TEMPORAL_UI_PORT"
