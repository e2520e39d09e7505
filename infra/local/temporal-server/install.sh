#!/usr/bin/env bash
# Build the Temporal server (not the development server) and its SQL schema tool from source
# through the Go module proxy, pinned, for the cluster profile (docs/deployment.md). The schema
# files of that release are copied beside the binaries, so `start.sh` sets up and upgrades the
# PostgreSQL schema with Temporal's own tool and the same release's files.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

marker="$STACK_BIN/temporal-server.version"
schema="$STACK_BIN/temporal-server-schema"
if [ -x "$STACK_BIN/temporal-server" ] && [ -x "$STACK_BIN/temporal-sql-tool" ] && [ -d "$schema" ] \
  && [ "$(cat "$marker" 2>/dev/null)" = "$TEMPORAL_SERVER_VERSION" ]; then exit 0; fi
command -v go >/dev/null || { log "go is needed to build the Temporal server"; exit 1; }
log "building Temporal server $TEMPORAL_SERVER_VERSION and temporal-sql-tool with go install (minutes on a cold cache)"
build="$(mktemp -d)"
CGO_ENABLED=0 GOBIN="$build" GOFLAGS=-mod=mod go install "go.temporal.io/server/cmd/server@$TEMPORAL_SERVER_VERSION"
CGO_ENABLED=0 GOBIN="$build" GOFLAGS=-mod=mod go install "go.temporal.io/server/cmd/tools/sql@$TEMPORAL_SERVER_VERSION"
module_dir="$(go mod download -json "go.temporal.io/server@$TEMPORAL_SERVER_VERSION" | node -pe 'JSON.parse(fs.readFileSync(0)).Dir')"
rm -rf "$schema.partial" && mkdir -p "$schema.partial"
cp -r "$module_dir/schema/postgresql/v12/." "$schema.partial/"
chmod -R u+w "$schema.partial"
# Swapped in whole: a start never meets a binary from one release and schema files of another.
mv "$build/server" "$STACK_BIN/temporal-server"
mv "$build/sql" "$STACK_BIN/temporal-sql-tool"
rm -rf "$schema" && mv "$schema.partial" "$schema"
rm -rf "$build"
echo "$TEMPORAL_SERVER_VERSION" > "$marker"
log "Temporal server $TEMPORAL_SERVER_VERSION installed: $STACK_BIN/temporal-server"
