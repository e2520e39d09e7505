#!/usr/bin/env bash
# Faults under load (`npm run faults:load`, docs/faults.md): the fault suite's servers of its own
# (fixed ports, so one run at a time on a machine: the suite's lock), a load of applications and an
# evaluation cycle, the worker killed, Temporal restarted, Kafka and PostgreSQL stopped, and the
# counts after. The local stack is started for its development issuer, its Keycloak (the directory
# that holds the applicants' e-mail addresses) and the installed binaries; it is not stopped again.
# FAULTS_LOAD_APPLICATIONS, FAULTS_LOAD_SPACES and FAULTS_LOAD_PACE_MS size the load (300, 2,000 and
# 2,000 ms by default).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false KAFKAJS_NO_PARTITIONER_WARNING=1
[ -d node_modules ] || bash "$LOCAL_DIR/install-deps.sh"
bash "$LOCAL_DIR/stack-up.sh"
bash infra/prisma/generate.sh
flock /tmp/makerspace-faults.lock npx jest -c e2e/jest.faults-load.config.js --runInBand "$@"
