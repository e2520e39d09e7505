#!/usr/bin/env bash
# Fetch and build everything the stack and the tests need, all at once: the npm tree (npm ci) and,
# in parallel with it, every server's binaries (Go builds through the module proxy, jars from
# Maven Central, Keycloak built once), each cached so a later run finds it and does nothing. Says first what it
# installs on the machine itself (Debian packages), before doing so.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
started=$(date +%s)

system_packages="chromium fonts-wqy-microhei (Debian: the browser tests' Chromium and a Chinese font)"
[ "$STACK_PROFILE" = cluster ] && system_packages+=", nginx-light (Debian: the cluster profile's reverse proxy)"
log "installs on this machine, unless present: $system_packages; everything else goes into node_modules/ and .stack/"

installs=("install-deps.sh" "temporal/install.sh" "temporal-test-server/install.sh" "kafka/install.sh" "postgres/install-tools.sh" "object-store/install.sh" "keycloak/install.sh")
[ "$STACK_PROFILE" = cluster ] && installs+=("temporal-server/install.sh" "proxy/install.sh")
run_parallel "${installs[@]}"
log "installed in $(( $(date +%s) - started ))s"
