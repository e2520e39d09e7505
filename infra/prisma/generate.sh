#!/usr/bin/env bash
# Generate every service's Prisma client (Rust-free, into node_modules/.prisma/<service>-client).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
for config in services/*/prisma.config.ts; do
  npx prisma generate --config "$config" >/dev/null
  echo "[prisma] generated client for $(basename "$(dirname "$config")")"
done
