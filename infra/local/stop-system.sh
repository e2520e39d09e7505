#!/usr/bin/env bash
# Stop the web console, the services, the worker and the local stack started by start-system.sh (by pid).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
for part in console intake review evaluation notification worker; do
  stop_pid "$part"
  for r in 1 2 3 4; do stop_pid "$part-$r"; done
done
bash "$LOCAL_DIR/stack-down.sh"
