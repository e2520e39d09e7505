#!/usr/bin/env bash
# Install Keycloak: the server distribution org.keycloak:keycloak-quarkus-dist (a zip on Maven
# Central) unpacked into $KEYCLOAK_DIST, then `kc.sh build` once with the options below, so every
# start is an optimized one (`start --optimized`) that skips Quarkus' augmentation. The distribution
# is shared by every STACK_HOME that shares STACK_BIN; installs take a lock so two stacks never
# unpack or build it at once. Does nothing when the pinned version is built with these options.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$HERE/../lib.sh"

# Build-time options: PostgreSQL, and no health or metrics endpoints (they would open a
# management port of their own; readiness is the realm's discovery document).
BUILD_OPTIONS=(--db=postgres --health-enabled=false --metrics-enabled=false)
want="$KEYCLOAK_VERSION ${BUILD_OPTIONS[*]}"
marker="$KEYCLOAK_DIST/.built"
installed() { [ "$(cat "$marker" 2>/dev/null)" = "$want" ]; }
if installed; then log "keycloak $KEYCLOAK_VERSION already installed in $KEYCLOAK_DIST"; exit 0; fi
command -v java >/dev/null || { log "java (17+) is needed to run Keycloak"; exit 1; }
command -v mvn >/dev/null || { log "mvn is needed to fetch Keycloak from Maven Central"; exit 1; }

mkdir -p "$(dirname "$KEYCLOAK_DIST")"
exec 9>"$KEYCLOAK_DIST.lock"
flock 9
# Another stack may have installed it while this one waited for the lock.
if installed; then log "keycloak $KEYCLOAK_VERSION installed meanwhile in $KEYCLOAK_DIST"; exit 0; fi

started=$(date +%s)
mvn_log="$STACK_LOGS/keycloak-install.log"
if [ ! -f "$KEYCLOAK_DIST/lib/quarkus-run.jar" ]; then
  log "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION from Maven Central"
  # Unpack beside and move in whole: never a half-unpacked distribution under the real name.
  partial="$KEYCLOAK_DIST.partial"
  rm -rf "$partial"
  if ! mvn -B -f "$HERE/pom.xml" dependency:unpack -Dkeycloak.version="$KEYCLOAK_VERSION" \
    -Dkeycloak.unpack.dir="$partial" > "$mvn_log" 2>&1; then
    log "maven could not fetch keycloak $KEYCLOAK_VERSION; last lines of $mvn_log:"
    tail -n 30 "$mvn_log" >&2
    exit 1
  fi
  rm -rf "$KEYCLOAK_DIST"
  mv "$partial/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_DIST"
  rm -rf "$partial"
fi

log "building keycloak $KEYCLOAK_VERSION (${BUILD_OPTIONS[*]})"
if ! sh "$KEYCLOAK_DIST/bin/kc.sh" build "${BUILD_OPTIONS[@]}" >> "$mvn_log" 2>&1; then
  log "kc.sh build failed; last lines of $mvn_log:"
  tail -n 30 "$mvn_log" >&2
  exit 1
fi
# A class-data archive made from another build no longer fits (start.sh makes a new one).
rm -f "$KEYCLOAK_DIST/app-cds.jsa" "$KEYCLOAK_DIST/app-cds.stamp"
echo "$want" > "$marker"
log "keycloak $KEYCLOAK_VERSION installed in $KEYCLOAK_DIST in $(( $(date +%s) - started ))s"
