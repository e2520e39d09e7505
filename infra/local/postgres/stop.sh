#!/usr/bin/env bash
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
stop_pid postgres
rm -f "$STACK_RUN/postgres.ready"
