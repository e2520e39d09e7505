#!/usr/bin/env bash
# The case search benchmark (`npm run bench:search`): starts the local stack if it is not up, builds
# intake, and runs bench/src/case-search/main.ts on an intake database of its own
# (`intake_search_bench`, made afresh each run). Prints the table docs/benchmarks.md shows.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
use_development_issuer
cd "$REPO_ROOT"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false KAFKAJS_NO_PARTITIONER_WARNING=1
bash "$LOCAL_DIR/stack-up.sh"
[ "${BENCH_BUILD:-true}" = false ] || npx nx run intake:build --outputStyle=static
npx tsx --tsconfig bench/tsconfig.run.json bench/src/case-search/main.ts
