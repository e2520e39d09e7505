#!/usr/bin/env bash
# Build the official Temporal CLI (which embeds the dev server and its Web UI) from source through
# the Go module proxy. v1.5.1 is the newest release that `go install` accepts: later releases carry a
# `replace` directive in go.mod, which `go install pkg@version` refuses.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

bin="$STACK_BIN/temporal"
marker="$STACK_BIN/temporal.version"   # `go install` builds report 0.0.0-DEV, so remember what we built
if [ -x "$bin" ] && [ "$(cat "$marker" 2>/dev/null)" = "$TEMPORAL_CLI_VERSION" ]; then exit 0; fi
log "building Temporal CLI $TEMPORAL_CLI_VERSION with go install (a few minutes on a cold cache)"
CGO_ENABLED=0 GOBIN="$STACK_BIN" GOFLAGS=-mod=mod go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION"
echo "$TEMPORAL_CLI_VERSION" > "$marker"
"$bin" --version
