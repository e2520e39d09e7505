#!/usr/bin/env bash
# Apply every service's committed migrations to its own database (`prisma migrate deploy` of
# Prisma 6.19, see docs/prisma.md), the services side by side (the CLI lingers about 10 s after
# finishing). DATABASE_NAME_SUFFIX=_test targets the test databases.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/infra/prisma/cli.sh"
cd "$root"
logs="$(mktemp -d)"
pids=()
for config in services/*/prisma-migrate.config.ts; do
  service="$(basename "$(dirname "$config")")"
  prisma6 migrate deploy --config "$config" > "$logs/$service.log" 2>&1 &
  pids+=("$!:$service")
done
failed=0
for entry in "${pids[@]}"; do
  pid="${entry%%:*}"; service="${entry#*:}"
  if wait "$pid"; then
    echo "[prisma] $service${DATABASE_NAME_SUFFIX:-}: $(grep -E 'applied|No pending|already in sync' "$logs/$service.log" | tail -n 1)"
  else
    echo "[prisma] migrate deploy failed for $service${DATABASE_NAME_SUFFIX:-}:" >&2; cat "$logs/$service.log" >&2; failed=1
  fi
done
rm -rf "$logs"
exit "$failed"
