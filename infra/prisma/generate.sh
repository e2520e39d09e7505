#!/usr/bin/env bash
# Generate the Prisma clients (Prisma 7, into node_modules/.prisma/<service>-client) of the named
# services, or of every service: `bash infra/prisma/generate.sh [service...]`. Beside each client,
# node_modules/.prisma/<service>-migrate/schema.prisma is the schema as Prisma 6.19's CLI reads it
# for migrations (docs/prisma.md): Prisma 7 rejects a datasource `url` in the schema and always
# generates the Rust-free client, while Prisma 6.19 reads a schema only with a url and downloads the
# native query engine unless the generator says `engineType = "client"`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/infra/prisma/cli.sh"
cd "$root"
services=("$@")
if [ "${#services[@]}" -eq 0 ]; then
  for config in services/*/prisma.config.ts; do services+=("$(basename "$(dirname "$config")")"); done
fi
for service in "${services[@]}"; do
  if ! out="$(prisma7 generate --config "services/$service/prisma.config.ts" 2>&1)"; then echo "$out" >&2; exit 1; fi
  mkdir -p "node_modules/.prisma/$service-migrate"
  # The url is never used (the migration config supplies the adapter), but it must be there.
  awk -v url="${service^^}_DATABASE_URL" '
    { print }
    /^datasource [A-Za-z0-9_]+ *\{/ { print "  url = env(\"" url "\")" }
    /^generator [A-Za-z0-9_]+ *\{/ { print "  engineType = \"client\"" }
  ' "services/$service/prisma/schema.prisma" > "node_modules/.prisma/$service-migrate/schema.prisma"
  echo "[prisma] generated client for $service"
done
