#!/usr/bin/env bash
# Start Jaeger on loopback with its built-in all-in-one configuration (spans kept in memory):
# OTLP/HTTP on 127.0.0.1:4318 (OTLP/gRPC on 4317), the query API on JAEGER_UI_PORT (16686).
# The system exports to it once OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 is set; `npm start`
# sets that itself while Jaeger runs.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

JAEGER_UI_PORT="${JAEGER_UI_PORT:-16686}"
bash "$LOCAL_DIR/jaeger/install.sh"
start_bg jaeger "$STACK_BIN/jaeger" "--set=extensions.jaeger_query.http.endpoint=127.0.0.1:$JAEGER_UI_PORT"
wait_port jaeger 4318 60
wait_port jaeger "$JAEGER_UI_PORT" 60
log "jaeger ready: OTLP http://127.0.0.1:4318, traces http://127.0.0.1:$JAEGER_UI_PORT/api/traces?service=intake"
