#!/usr/bin/env bash
# Stop the servers the stack scripts started (by pid; nothing else is touched). Data is kept.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
for part in proxy keycloak issuer smtp object-store kafka kafka-cluster temporal postgres; do bash "$LOCAL_DIR/$part/stop.sh"; done
