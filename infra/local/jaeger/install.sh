#!/usr/bin/env bash
# Build Jaeger (v2: an OpenTelemetry Collector distribution with Jaeger's storage and query API)
# from its Go module. `go install github.com/jaegertracing/jaeger/cmd/jaeger@v1.76.0` refuses
# ("The go.mod file for the module providing named packages contains one or more replace
# directives"), so it is built as a tool of a throwaway module, which ignores those directives.
# About 25 minutes on 2 busy cores with an empty Go cache. The web UI's assets are not part of the
# Go module (release binaries embed them from a separate build), so this Jaeger serves a placeholder
# page at / and the full query API under /api.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

JAEGER_VERSION="${JAEGER_VERSION:-v1.76.0}"
bin="$STACK_BIN/jaeger"
marker="$STACK_BIN/jaeger.version"
if [ -x "$bin" ] && [ "$(cat "$marker" 2>/dev/null)" = "$JAEGER_VERSION" ]; then exit 0; fi
log "building Jaeger $JAEGER_VERSION from its Go module (long on a cold cache)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(
  cd "$work"
  go mod init local/jaeger-build >/dev/null 2>&1
  go get -tool "github.com/jaegertracing/jaeger/cmd/jaeger@$JAEGER_VERSION"
  go build -o "$bin" github.com/jaegertracing/jaeger/cmd/jaeger
)
echo "$JAEGER_VERSION" > "$marker"
log "jaeger built: $bin"
