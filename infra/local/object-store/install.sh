#!/usr/bin/env bash
# Build SeaweedFS (Apache 2.0), the stack's S3-compatible object store, from its module source
# through the Go module proxy, pinned to SEAWEEDFS_VERSION. `go install` refuses the module for
# its `replace` lines, so its source is fetched with `go mod download`, copied where it may be
# written, and built there with `go build ./weed`. Cached: a binary of the pinned version is kept.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

bin="$STACK_BIN/weed"
marker="$STACK_BIN/weed.version"
if [ -x "$bin" ] && [ "$(cat "$marker" 2>/dev/null)" = "$SEAWEEDFS_VERSION" ]; then exit 0; fi
command -v go >/dev/null || { log "go is needed to build SeaweedFS"; exit 1; }
log "building SeaweedFS $SEAWEEDFS_VERSION from its module source (about 8 minutes of CPU and its modules' download on a cold Go cache)"
started=$(date +%s)
module_dir="$(GOFLAGS=-mod=mod go mod download -json "github.com/seaweedfs/seaweedfs@$SEAWEEDFS_VERSION" | node -pe 'JSON.parse(fs.readFileSync(0)).Dir')"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$module_dir/." "$work/"
chmod -R u+w "$work"
(cd "$work" && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath -ldflags='-s -w' -o "$work/weed.bin" ./weed)
# Swapped in whole, then marked: a start never meets half a binary or one of another version.
mv "$work/weed.bin" "$bin.partial" && mv "$bin.partial" "$bin"
echo "$SEAWEEDFS_VERSION" > "$marker"
log "SeaweedFS $SEAWEEDFS_VERSION installed in $(( $(date +%s) - started ))s: $bin"
