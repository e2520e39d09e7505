#!/usr/bin/env bash
# Stop nodes of the cluster profile's Kafka cluster (all three, or the ones named); data stays.
# Usage: stop.sh [NODE...]
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
for i in "${@:-1 2 3}"; do for n in $i; do stop_pid "kafka-$n"; done; done
