#!/usr/bin/env bash
# Apply every service's committed migrations to its database (`prisma migrate deploy`).
# DATABASE_NAME_SUFFIX=_test targets the test databases.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
for config in services/*/prisma.config.ts; do
  service="$(basename "$(dirname "$config")")"
  echo "[prisma] migrate deploy: $service${DATABASE_NAME_SUFFIX:-}"
  npx prisma migrate deploy --config "$config" 2>&1 | grep -vE '^(Loaded Prisma config|Prisma schema loaded|Datasource|$)' || true
  [ "${PIPESTATUS[0]}" = 0 ] || { echo "[prisma] migrate deploy failed for $service" >&2; exit 1; }
done
