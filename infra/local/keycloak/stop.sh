#!/usr/bin/env bash
# Stop the Keycloak that start.sh started (by its pid file); its database keeps the realm and accounts.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
stop_pid keycloak 60
