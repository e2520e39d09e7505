#!/usr/bin/env bash
# Fetch the Kafka broker (kafka_2.13 and its runtime jars, plus the slf4j binding) from Maven Central
# into $STACK_HOME/kafka/libs. Maven's own ~/.m2 stays a second cache. Does nothing when the pinned
# version is already there.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$HERE/../lib.sh"

libs="$KAFKA_LIBS"
if [ "$(cat "$libs/.version" 2>/dev/null)" = "$KAFKA_VERSION" ]; then
  log "kafka $KAFKA_VERSION already installed in $libs"
  exit 0
fi
command -v java >/dev/null || { log "java (17+) is needed to run Kafka"; exit 1; }
command -v mvn >/dev/null || { log "mvn is needed to fetch Kafka from Maven Central"; exit 1; }

log "fetching kafka $KAFKA_VERSION jars from Maven Central"
# Copy into a fresh folder and swap it in at the end: an interrupted or version-changing install
# never leaves a half-filled or mixed-version classpath behind.
tmp="$KAFKA_LIBS.partial"
rm -rf "$tmp"
mvn_log="$STACK_LOGS/kafka-install.log"
if ! mvn -B -f "$HERE/pom.xml" -Dkafka.version="$KAFKA_VERSION" \
  dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp" > "$mvn_log" 2>&1; then
  log "maven could not fetch kafka $KAFKA_VERSION; last lines of $mvn_log:"
  tail -n 30 "$mvn_log" >&2
  exit 1
fi
echo "$KAFKA_VERSION" > "$tmp/.version"
rm -rf "$libs"
mv "$tmp" "$libs"
log "kafka $KAFKA_VERSION installed in $libs ($(find "$libs" -name '*.jar' | wc -l) jars)"
