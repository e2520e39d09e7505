#!/usr/bin/env bash
# Start the development identity provider (see ../dev-issuer.js) unless AUTH_ISSUER names another
# provider.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
if [ "$AUTH_ISSUER" != "http://127.0.0.1:$AUTH_ISSUER_PORT" ]; then
  log "using identity provider $AUTH_ISSUER (keys $AUTH_JWKS_URL)"; exit 0
fi
start_bg issuer node "$LOCAL_DIR/dev-issuer.js"
wait_port issuer "$AUTH_ISSUER_PORT" 30
log "development issuer ready on $AUTH_ISSUER (tokens: POST $AUTH_ISSUER/token)"
