#!/usr/bin/env bash
# Stop the cluster profile's Temporal server (the same pid name as the development server's).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
stop_pid temporal
