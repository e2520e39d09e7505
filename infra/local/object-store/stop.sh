#!/usr/bin/env bash
# Stop the object store that start.sh started (by its pid file); its data stays in $STACK_DATA/object-store.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
stop_pid object-store
