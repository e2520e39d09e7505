#!/usr/bin/env bash
# Start one Kafka KRaft node (broker + controller) on 127.0.0.1:$KAFKA_PORT and wait until it answers
# a metadata request. Installs on first use, formats storage only once; does nothing if it already runs.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$HERE/../lib.sh"

"$HERE/install.sh"

home="$STACK_HOME/kafka"
data="$STACK_DATA/kafka"
conf="$home/server.properties"
java_cmd=(java -Djava.awt.headless=true -Dlog4j2.configurationFile="$HERE/log4j2.properties"
  -cp "$KAFKA_LIBS/*")

if pid_alive kafka; then
  log "kafka already running (pid $(cat "$STACK_RUN/kafka.pid"))"
else
  # Another process on our port would make the readiness check below pass for the wrong server.
  if (exec 3<>"/dev/tcp/127.0.0.1/$KAFKA_PORT") 2>/dev/null; then
    log "port $KAFKA_PORT is taken by a process this script did not start; set KAFKA_PORT"
    exit 1
  fi
  mkdir -p "$data" "$home"
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" -e "s|@KAFKA_CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    -e "s|@KAFKA_DATA@|$data|g" "$HERE/server.properties" > "$conf"

  # meta.properties marks formatted storage; formatting again would refuse (or lose data).
  if [ ! -f "$data/meta.properties" ]; then
    # A cluster id is 16 random bytes in URL-safe base64 without padding, as `random-uuid` prints;
    # like Kafka's own, never one starting with "-", which would read as an option.
    cluster_id="-"
    while [[ "$cluster_id" == -* ]]; do
      cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | cut -c1-22)"
    done
    log "formatting kafka storage in $data (cluster id $cluster_id)"
    if ! "${java_cmd[@]}" -Xmx256m kafka.tools.StorageTool format --standalone \
      -t "$cluster_id" -c "$conf" >> "$STACK_LOGS/kafka.log" 2>&1; then
      log "formatting failed; last lines of $STACK_LOGS/kafka.log:"
      tail -n 30 "$STACK_LOGS/kafka.log" >&2
      exit 1
    fi
  fi

  # A modest heap is plenty for local traffic; G1 with short pauses as Kafka's own scripts use.
  start_bg kafka "${java_cmd[@]}" -Xms128m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    kafka.Kafka "$conf"
fi

wait_port kafka "$KAFKA_PORT" 90
# An open port is not yet a working broker: wait until a client gets cluster metadata.
node "$HERE/ready.js" "127.0.0.1:$KAFKA_PORT" 60
log "kafka ready on 127.0.0.1:$KAFKA_PORT"
