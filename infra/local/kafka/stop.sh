#!/usr/bin/env bash
# Stop the Kafka broker that start.sh started (by its pid file); its data stays in $STACK_DATA/kafka.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$HERE/../lib.sh"

# SIGTERM lets the broker shut down cleanly (flush, close segments), so the next start skips recovery.
stop_pid kafka
