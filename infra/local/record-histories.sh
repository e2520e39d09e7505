#!/usr/bin/env bash
# Record the corpus of workflow histories (docs/workflows.md, Recorded histories): runs the
# scenarios of e2e/histories/ against the real system, on a Temporal dev server of their own and,
# for paths that wait out a legal period, on the time-skipping test server, and writes each
# history to workflows/histories/ with its manifest entry. Installs and starts what is missing
# (and stops the stack again if it was not running). Arguments narrow it to some scenario files
# (`npm run histories:record -- filing`).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
export DATABASE_NAME_SUFFIX=_test
export TEMPORAL_TEST_SERVER_PATH="$STACK_BIN/temporal-test-server"

bash "$LOCAL_DIR/install-all.sh"
already_up=false
pid_alive postgres && pid_alive temporal && pid_alive kafka && already_up=true
if [ "$already_up" = false ]; then trap 'bash "$LOCAL_DIR/stack-down.sh"' EXIT; fi
bash "$LOCAL_DIR/stack-up.sh"
bash infra/prisma/generate.sh
bash infra/prisma/migrate.sh
npx jest -c e2e/jest.histories.config.js --runInBand "$@"
log "recorded: $(node -p "require('./workflows/histories/manifest.json').length") histories in workflows/histories/ (review the diff, then commit)"
