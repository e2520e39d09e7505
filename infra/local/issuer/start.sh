#!/usr/bin/env bash
# Start the development identity provider (see ../dev-issuer.js) on $DEV_ISSUER_URL: the unit and
# integration suites, the fault suite and the benchmarks sign in there, whichever provider
# AUTH_ISSUER names for the running system.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
AUTH_ISSUER="$DEV_ISSUER_URL" start_bg issuer node "$LOCAL_DIR/dev-issuer.js"
wait_port issuer "$AUTH_ISSUER_PORT" 30
log "development issuer ready on $DEV_ISSUER_URL (tokens: POST $DEV_ISSUER_URL/token)"
