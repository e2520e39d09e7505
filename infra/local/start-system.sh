#!/usr/bin/env bash
# Start the whole system on the local stack: install what is missing, start PostgreSQL, Keycloak,
# Temporal, Kafka, the SMTP sink and the development issuer, migrate the databases, build, then run
# the four services, the workflow worker and the web console in the background. Prints every URL
# and the seeded people of Keycloak's realm. Stop everything with `npm run stop`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

bash "$LOCAL_DIR/install-all.sh"
bash "$LOCAL_DIR/stack-up.sh"
bash infra/prisma/generate.sh
bash infra/prisma/migrate.sh
npx nx run-many -t build --outputStyle=static

export SMTP_HOST="${SMTP_HOST:-127.0.0.1}"
# Traces go to Jaeger when it runs (`npm run stack:jaeger`); otherwise they are not exported.
pid_alive jaeger && export OTEL_EXPORTER_OTLP_ENDPOINT="${OTEL_EXPORTER_OTLP_ENDPOINT:-http://127.0.0.1:4318}"
export WORKER_METRICS_PORT="${WORKER_METRICS_PORT:-9464}"
# glibc's allocator keeps an arena per thread by default; the worker's threads (the Temporal
# runtime's, the workflow threads) left ~100 KiB of each cached workflow's memory in them
# (docs/benchmarks.md, "A lean worker"). The Helm chart sets the same.
worker=(env MALLOC_ARENA_MAX=2 node workflows/dist/main.js)
components=(intake:INTAKE_PORT review:REVIEW_PORT evaluation:EVALUATION_PORT notification:NOTIFICATION_PORT console:CONSOLE_PORT)
main_of() { if [ "$1" = console ]; then echo services/console/dist/server/main.js; else echo "services/$1/dist/main.js"; fi; }

if [ "$STACK_PROFILE" = cluster ]; then
  # Two of everything: replica r of a component listens on its port + 100 r; nginx takes the
  # component's usual port and spreads requests over the replicas. Whatever calls a service (the
  # console's server, the worker) reaches it through nginx, on its usual port.
  for r in $(seq 1 "$REPLICAS"); do
    start_bg "worker-$r" env WORKER_METRICS_PORT=$((WORKER_METRICS_PORT + r - 1)) "${worker[@]}"
  done
  specs=()
  for entry in "${components[@]}"; do
    name="${entry%%:*}" var="${entry#*:}"
    port="${!var}" ports=()
    for r in $(seq 1 "$REPLICAS"); do
      ports+=($((port + 100 * r)))
      start_bg "$name-$r" env "$var=$((port + 100 * r))" node "$(main_of "$name")"
    done
    specs+=("$name:$port:$(IFS=,; echo "${ports[*]}")")
  done
  for entry in "${components[@]}"; do
    name="${entry%%:*}" var="${entry#*:}"
    for r in $(seq 1 "$REPLICAS"); do wait_port "$name-$r" $((${!var} + 100 * r)) 90; done
  done
  bash "$LOCAL_DIR/proxy/start.sh" "${specs[@]}"
else
  start_bg worker "${worker[@]}"
  for entry in "${components[@]}"; do start_bg "${entry%%:*}" node "$(main_of "${entry%%:*}")"; done
  for entry in "${components[@]}"; do var="${entry#*:}"; wait_port "${entry%%:*}" "${!var}" 60; done
fi

cat <<URLS

The maker-space filing system is running.
  web console   http://127.0.0.1:$CONSOLE_PORT        (the services behind /api/<service>; people sign in at Keycloak)
  intake        http://127.0.0.1:$INTAKE_PORT        OpenAPI http://127.0.0.1:$INTAKE_PORT/docs
  review        http://127.0.0.1:$REVIEW_PORT        OpenAPI http://127.0.0.1:$REVIEW_PORT/docs
  evaluation    http://127.0.0.1:$EVALUATION_PORT        OpenAPI http://127.0.0.1:$EVALUATION_PORT/docs
  notification  http://127.0.0.1:$NOTIFICATION_PORT        OpenAPI http://127.0.0.1:$NOTIFICATION_PORT/docs
  health        http://127.0.0.1:<port>/health/live and /health/ready on each service
  metrics       http://127.0.0.1:<port>/metrics on each service, worker http://127.0.0.1:$WORKER_METRICS_PORT/metrics
  traces        ${OTEL_EXPORTER_OTLP_ENDPOINT:-not exported (npm run stack:jaeger, then npm start again)}
  Temporal UI   http://127.0.0.1:$TEMPORAL_UI_PORT         (gRPC 127.0.0.1:$TEMPORAL_PORT)
  Kafka         127.0.0.1:$KAFKA_PORT
  PostgreSQL    postgresql://postgres:postgres@127.0.0.1:$PG_PORT/<service>
  Mail sink     http://127.0.0.1:$SMTP_HTTP_PORT/messages   (SMTP 127.0.0.1:$SMTP_PORT)
  Sign-in       $AUTH_ISSUER   (keys $AUTH_JWKS_URL)
  Keycloak      $KEYCLOAK_URL/admin   (admin console: $KEYCLOAK_ADMIN_USER / $KEYCLOAK_ADMIN_PASSWORD); applicants register themselves on its page
  Development issuer  $DEV_ISSUER_URL   (tokens for the test suites only; the running system does not trust it)
  Logs          $STACK_LOGS/

People of the realm $KEYCLOAK_REALM (sign in at the console as any of them; password: makerspace):
URLS
node "$LOCAL_DIR/keycloak/seeded-people.js" "$LOCAL_DIR/keycloak/realm/makerspace-users-0.json"
echo "Stop with: npm run stop"
