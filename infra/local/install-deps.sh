#!/usr/bin/env bash
# Install the npm dependencies exactly as locked, unless they are already installed from this lock.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
stamp="node_modules/.lock-stamp"
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then exit 0; fi
log "npm ci"
npm ci --no-audit --no-fund
cp package-lock.json "$stamp"
