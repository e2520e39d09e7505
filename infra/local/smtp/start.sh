#!/usr/bin/env bash
# Start the local SMTP sink (see ../smtp-sink.js) unless SMTP_HOST points at a real relay.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
if [ -n "${SMTP_HOST:-}" ]; then log "using SMTP relay $SMTP_HOST"; exit 0; fi
start_bg smtp node "$LOCAL_DIR/smtp-sink.js"
wait_port smtp "$SMTP_PORT" 30
log "smtp sink ready on 127.0.0.1:$SMTP_PORT (messages: http://127.0.0.1:$SMTP_HTTP_PORT/messages)"
