#!/usr/bin/env bash
# The benchmark suite (`npm run bench`): builds the system, starts the local stack if it is not up,
# makes the bench's own databases afresh (`<service>_bench`), starts a Temporal dev server and a Kafka
# broker of the bench's own (same binaries and settings as the stack's, own ports, thrown away
# after), runs bench/src/main.ts, and stops what it started here. The stack's servers are never
# stopped. Prints a table and rewrites the "Latest run" part of docs/benchmarks.md.
#
# Why servers of its own: a run starts tens of thousands of workflows and publishes tens of
# thousands of events. On the stack's Kafka they would stay on the shared topics, and every test
# suite that reads them from the beginning with a fresh consumer group would handle them again; on
# the stack's Temporal server (one SQLite file) they would hold its single writer for minutes.
# BENCH_TEMPORAL_ADDRESS=127.0.0.1:7233 measures on the stack's Temporal all the same (in a
# namespace of the run, deleted after).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
use_development_issuer
cd "$REPO_ROOT"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false KAFKAJS_NO_PARTITIONER_WARNING=1

# A fresh clone has no dependencies yet; an installed tree is used as it is.
[ -d node_modules ] || bash "$LOCAL_DIR/install-deps.sh"
bash "$LOCAL_DIR/stack-up.sh"
# BENCH_BUILD=false measures the builds as they are (dist/ of each project); BENCH_ONLY=peer needs none.
[ "${BENCH_BUILD:-true}" = false ] || [ "${BENCH_ONLY:-}" = peer ] || npx nx run-many -t build --outputStyle=static
# The Flowable peer (bench/peer/flowable): built with Maven once, when the run measures it.
case ",${BENCH_ONLY:-peer}," in *,peer,*) bash bench/peer/flowable/build.sh ;; esac

BENCH_HOME="$STACK_HOME/bench"
BENCH_RUN="$BENCH_HOME/run"
BENCH_LOGS="$BENCH_HOME/logs"
export BENCH_DATABASE_SUFFIX="${BENCH_DATABASE_SUFFIX:-_bench}"
mkdir -p "$BENCH_RUN" "$BENCH_LOGS"
tsx=(npx tsx --tsconfig bench/tsconfig.run.json)
# The system's databases, unless only the Flowable peer is measured (it makes a database of its own).
if [ "${BENCH_ONLY:-}" != peer ]; then
  "${tsx[@]}" bench/src/fresh-bench-databases.ts
  DATABASE_NAME_SUFFIX="$BENCH_DATABASE_SUFFIX" bash infra/prisma/migrate.sh
fi

free_port() { node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'; }

kafka_home="$BENCH_HOME/kafka-stack"
# kafka/start.sh and stop.sh run with the bench broker's own STACK_HOME: its pid file, data and log.
bench_kafka() { STACK_HOME="$kafka_home" KAFKA_PORT="$1" KAFKA_CONTROLLER_PORT="$2" bash "$LOCAL_DIR/kafka/$3"; }

stop_bench_servers() {
  local pid
  if [ -f "$BENCH_RUN/temporal.pid" ]; then
    pid="$(cat "$BENCH_RUN/temporal.pid")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid"
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
      log "bench temporal stopped (pid $pid)"
    fi
    rm -f "$BENCH_RUN/temporal.pid"
  fi
  [ -d "$kafka_home" ] && bench_kafka 0 0 stop.sh
  return 0
}
# A run that was killed may have left its servers: they are the bench's own, stop them first.
stop_bench_servers
trap stop_bench_servers EXIT
trap 'exit 130' INT TERM

if [ -z "${BENCH_TEMPORAL_ADDRESS:-}" ]; then
  port="$(free_port)"
  setsid "$STACK_BIN/temporal" server start-dev --ip 127.0.0.1 --port "$port" --headless \
    --namespace default --log-level warn \
    --dynamic-config-value frontend.enableUpdateWorkflowExecution=true \
    --dynamic-config-value frontend.workerVersioningWorkflowAPIs=true \
    > "$BENCH_LOGS/temporal.log" 2>&1 < /dev/null &
  echo $! > "$BENCH_RUN/temporal.pid"
  for _ in $(seq 1 150); do
    "$STACK_BIN/temporal" operator namespace describe --address "127.0.0.1:$port" default >/dev/null 2>&1 && break
    sleep 0.2
  done
  export BENCH_TEMPORAL_ADDRESS="127.0.0.1:$port"
  export BENCH_TEMPORAL_LABEL="a dev server of the bench's own (the stack's binary and settings, state in memory), 127.0.0.1:$port"
  log "bench temporal on $BENCH_TEMPORAL_ADDRESS"
else
  export BENCH_TEMPORAL_LABEL="the server at $BENCH_TEMPORAL_ADDRESS"
fi

rm -rf "$kafka_home"
mkdir -p "$kafka_home/kafka"
ln -s "$STACK_HOME/kafka/libs" "$kafka_home/kafka/libs"
kafka_port="$(free_port)"
controller_port="$(free_port)"
bench_kafka "$kafka_port" "$controller_port" start.sh
export BENCH_KAFKA_BROKERS="127.0.0.1:$kafka_port"

"${tsx[@]}" bench/src/main.ts
