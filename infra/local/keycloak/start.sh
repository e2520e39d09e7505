#!/usr/bin/env bash
# Start Keycloak on 127.0.0.1:$KEYCLOAK_PORT with the realm of realm/ (imported at the first start,
# and imported again over the realm when those files change), on the stack's PostgreSQL (database
# `keycloak`), and wait until the realm answers. Installs on first use. The first start on a machine
# also records a class-data archive (AppCDS) of the classes Keycloak loads, which later starts map
# instead of loading: about 4x quicker (docs/infrastructure.md). Does nothing if it already runs.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$HERE/../lib.sh"

bash "$HERE/install.sh"
issuer="$KEYCLOAK_URL/realms/$KEYCLOAK_REALM"
ready() { node "$HERE/ready.js" "$issuer" "$STACK_RUN/$1.pid" "${2:-300}" || { tail -n 40 "$STACK_LOGS/keycloak.log" >&2; return 1; }; }

if pid_alive keycloak; then
  ready keycloak
  log "keycloak already running (pid $(cat "$STACK_RUN/keycloak.pid")), $issuer"
  exit 0
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$KEYCLOAK_PORT") 2>/dev/null; then
  log "port $KEYCLOAK_PORT is taken by a process this script did not start; set KEYCLOAK_PORT"
  exit 1
fi

# A home of this stack's own: its data (transaction log, the realm files to import); the built
# distribution's lib is shared.
home="$STACK_HOME/keycloak"
mkdir -p "$home/conf" "$home/data/import" "$home/providers" "$home/themes"
ln -sfn "$KEYCLOAK_DIST/lib" "$home/lib"
rm -f "$home/data/import/"*.json
cp "$HERE"/realm/*.json "$home/data/import/"
realm_hash="$(cat "$HERE"/realm/*.json | sha256sum | cut -d' ' -f1)"
node "$HERE/database.js" keycloak

# Quick start on two shared cores: C1 only and the serial collector (less JIT and GC work at start),
# a modest heap.
jvm=(-XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8
  -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Djava.security.egd=file:/dev/urandom
  -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xms64m -Xmx512m -Xlog:cds=off -Xlog:cds+dynamic=off)
db=(--db-url="jdbc:postgresql://${DATABASE_HOST:-127.0.0.1}:${DATABASE_PORT:-$PG_PORT}/keycloak"
  --db-username="${DATABASE_USER:-postgres}" --db-password="${DATABASE_PASSWORD:-postgres}"
  --db-pool-initial-size=2 --db-pool-min-size=2 --db-pool-max-size=20)
home_opts=(-Dkc.home.dir="$home" -Djboss.server.config.dir="$home/conf")
# One node on loopback: a local cache (no cluster, no JGroups ports), the issuer named by its URL.
server=(start --optimized "${home_opts[@]}" --cache=local --http-enabled=true --http-host=127.0.0.1
  --http-port="$KEYCLOAK_PORT" --hostname="$KEYCLOAK_URL" "${db[@]}" --import-realm)
# The master realm's administrator, created at the very first start only.
export KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD"
export KC_BOOTSTRAP_ADMIN_CLIENT_ID="$KEYCLOAK_ADMIN_CLIENT_ID" KC_BOOTSTRAP_ADMIN_CLIENT_SECRET="$KEYCLOAK_ADMIN_CLIENT_SECRET"
# The realm files name the console's port, the mail relay and the clients' secrets as placeholders.
export CONSOLE_PORT SMTP_PORT

# The realm was imported from other files: import these over it (accounts made since are gone).
if [ -f "$home/realm.sha256" ] && [ "$(cat "$home/realm.sha256")" != "$realm_hash" ]; then
  log "the realm files changed: importing them over realm $KEYCLOAK_REALM"
  JAVA_OPTS="${jvm[*]}" sh "$KEYCLOAK_DIST/bin/kc.sh" import --optimized "${home_opts[@]}" "${db[@]}" \
    --dir "$home/data/import" --override true >> "$STACK_LOGS/keycloak.log" 2>&1 \
    || { log "importing the realm failed; see $STACK_LOGS/keycloak.log"; exit 1; }
fi

archive="$KEYCLOAK_DIST/app-cds.jsa"
archive_for="$(cat "$KEYCLOAK_DIST/.built") $(java -version 2>&1 | tr '\n' ' ')"
archived() { [ -s "$archive" ] && [ "$(cat "$archive.stamp" 2>/dev/null)" = "$archive_for" ]; }
if ! archived; then
  exec 9>"$KEYCLOAK_DIST.lock"
  flock 9
  if ! archived; then
    # A first start that writes every class it loaded into the archive when it exits: it serves
    # the requests the system makes (sign-in page, tokens, keys, the admin API) before it stops.
    log "keycloak: recording the class-data archive (first start on this machine, a few minutes)"
    rm -f "$archive" "$archive.partial"
    JAVA_OPTS="${jvm[*]} -XX:ArchiveClassesAtExit=$archive.partial" start_bg keycloak sh "$KEYCLOAK_DIST/bin/kc.sh" "${server[@]}"
    ready keycloak 600
    node "$HERE/warm-up.js" "$KEYCLOAK_URL" >> "$STACK_LOGS/keycloak.log" 2>&1 || log "keycloak warm-up incomplete (the archive misses some classes)"
    # The archive is written as the JVM exits: give it time.
    stop_pid keycloak 600
    if [ -s "$archive.partial" ]; then
      mv "$archive.partial" "$archive" && echo "$archive_for" > "$archive.stamp"
    else
      log "no class-data archive was written (see $STACK_LOGS/keycloak.log); keycloak starts slower"
    fi
  fi
  flock -u 9
fi

cds=()
archived && cds=(-XX:SharedArchiveFile="$archive")
started=$(date +%s)
JAVA_OPTS="${jvm[*]} ${cds[*]}" start_bg keycloak sh "$KEYCLOAK_DIST/bin/kc.sh" "${server[@]}"
ready keycloak
echo "$realm_hash" > "$home/realm.sha256"
log "keycloak ready in $(( $(date +%s) - started ))s: $issuer (admin console $KEYCLOAK_URL/admin)"
