#!/usr/bin/env bash
# Run every test of the project against real servers: installs what is missing, starts the local
# stack (and stops it again at the end if it was not already running), prepares the test
# databases, checks types and lint, runs each project's Jest suites, then the fault suite (on
# servers of its own), and ends with one line "tests: N passed, N failed". Arguments narrow it to
# some projects (see below).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
export DATABASE_NAME_SUFFIX=_test
export TEMPORAL_TEST_SERVER_PATH="$STACK_BIN/temporal-test-server"
export TEST_RESULTS_DIR="$STACK_HOME/test-results"

bash "$LOCAL_DIR/install-all.sh"

already_up=false
pid_alive postgres && pid_alive temporal && pid_alive kafka && already_up=true
if [ "$already_up" = false ]; then trap 'bash "$LOCAL_DIR/stack-down.sh"' EXIT; fi
bash "$LOCAL_DIR/stack-up.sh"

bash infra/prisma/generate.sh
bash infra/prisma/migrate.sh

rm -rf "$TEST_RESULTS_DIR"; mkdir -p "$TEST_RESULTS_DIR"
# Which projects: all (no arguments, as CI runs it), the named ones (`npm test -- policy review`),
# or those changed since main (`npm test -- --affected`); the same preparation in every case.
if [ "$#" -eq 0 ]; then
  nx_run=(run-many); faults=true
elif [ "$1" = --affected ]; then
  nx_run=(affected); faults=false
else
  nx_run=(run-many -p "$@"); faults=false
  for p in "$@"; do [ "$p" = e2e ] && faults=true; done
fi
status=0
npx nx "${nx_run[@]}" -t typecheck lint --outputStyle=stream || status=$?
# One project at a time: the integration suites share the servers and the machine's two cores.
npx nx "${nx_run[@]}" -t test --parallel=1 --outputStyle=stream || status=$?
# The fault suite and the cluster suite last: they stop and start servers of their own
# (docs/faults.md). Of the shared stack the cluster suite needs only the directory of people
# (Keycloak, one per run, and the PostgreSQL that holds its realm): the rest is stopped before it
# if this run started it, so those servers take no memory or CPU from the cluster's.
if [ "$faults" = true ]; then
  npx nx run e2e:faults --outputStyle=stream || status=$?
  if [ "$already_up" = false ]; then bash "$LOCAL_DIR/stack-down.sh" --except keycloak postgres; fi
  npx nx run e2e:cluster --outputStyle=stream || status=$?
fi
node "$LOCAL_DIR/test-summary.js" "$TEST_RESULTS_DIR" || status=$?
exit "$status"
