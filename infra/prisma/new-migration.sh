#!/usr/bin/env bash
# Create a migration for one service from the difference between its committed migrations and its
# schema: `bash infra/prisma/new-migration.sh <service> <name>`. (`prisma migrate dev --create-only`
# writes the file but then exits 1 with the wasm engine, so the diff is taken directly.) Prisma
# 6.19's CLI takes the diff (docs/prisma.md), from the copy of the schema that generate.sh writes.
set -euo pipefail
service="$1"; name="$2"
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/infra/prisma/cli.sh"
bash "$root/infra/prisma/generate.sh" "$service"
dir="$root/services/$service/prisma/migrations"
out="$dir/$(date -u +%Y%m%d%H%M%S)_$name"
sql="$(cd "$root" && prisma6 migrate diff --config "services/$service/prisma-migrate.config.ts" \
  --from-migrations "$dir" --to-schema-datamodel "node_modules/.prisma/$service-migrate/schema.prisma" --script)"
if ! grep -qvE '^\s*(--.*)?$' <<<"$sql"; then echo "no schema change for $service"; exit 0; fi
mkdir -p "$out"
printf '%s\n' "$sql" > "$out/migration.sql"
echo "wrote $out/migration.sql"
