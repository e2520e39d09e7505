#!/usr/bin/env bash
# Builds the Flowable peer (bench/peer/flowable) with Maven from Maven Central, once: the jar is
# made again only when the pom or a source is newer than it. Maven's repository and the build live
# under .stack/ (STACK_HOME), never in the source tree. Prints nothing but Maven's errors.
set -euo pipefail
source "$(cd "$(dirname "$0")/../../.." && pwd)/infra/local/lib.sh"
PEER_DIR="$REPO_ROOT/bench/peer/flowable"
BUILD_DIR="$STACK_HOME/flowable-peer"
JAR="$BUILD_DIR/flowable-peer.jar"

if [ -f "$JAR" ] && [ -z "$(find "$PEER_DIR/pom.xml" "$PEER_DIR/src" -newer "$JAR" -print -quit)" ]; then
  exit 0
fi
log "building the Flowable peer (Maven, repository $STACK_HOME/maven/repository)"
mvn -B -q -f "$PEER_DIR/pom.xml" -Dmaven.repo.local="$STACK_HOME/maven/repository" -Dpeer.build.directory="$BUILD_DIR/build" package
cp "$BUILD_DIR/build/flowable-peer.jar" "$JAR"
