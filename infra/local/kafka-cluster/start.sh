#!/usr/bin/env bash
# Start the cluster profile's Kafka cluster: three KRaft nodes (broker + controller each) on
# 127.0.0.1, node i with its broker on KAFKA_PORT+2(i-1) and its controller on the port after it.
# Installs on first use (the same jars as the single node), formats each node's storage once with
# one cluster id, waits until a client sees all three brokers. Idempotent; `node` restarts one.
# Usage: start.sh [NODE]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/../lib.sh"

bash "$LOCAL_DIR/kafka/install.sh"
java_cmd=(java -Djava.awt.headless=true -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties" -cp "$KAFKA_LIBS/*")
broker_port() { echo $((KAFKA_PORT + 2 * ($1 - 1))); }
voters=""
for i in 1 2 3; do voters="${voters:+$voters,}$i@127.0.0.1:$(( $(broker_port "$i") + 1 ))"; done

cluster_id_file="$STACK_DATA/kafka-cluster.id"
mkdir -p "$STACK_DATA"
if [ ! -s "$cluster_id_file" ]; then
  # 16 random bytes in URL-safe base64 without padding, never starting with "-" (read as an option).
  id="-"; while [[ "$id" == -* ]]; do id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | cut -c1-22)"; done
  echo "$id" > "$cluster_id_file"
fi

start_node() {
  local i="$1" port data conf
  port="$(broker_port "$i")" data="$STACK_DATA/kafka-$i" conf="$STACK_HOME/kafka-$i.properties"
  if pid_alive "kafka-$i"; then return 0; fi
  mkdir -p "$data"
  sed -e "s|@NODE_ID@|$i|; s|@VOTERS@|$voters|; s|@BROKER_PORT@|$port|g; s|@CONTROLLER_PORT@|$((port + 1))|g; s|@KAFKA_DATA@|$data|" \
    "$HERE/server.properties" > "$conf"
  if [ ! -f "$data/meta.properties" ]; then
    "${java_cmd[@]}" -Xmx256m kafka.tools.StorageTool format -t "$(cat "$cluster_id_file")" -c "$conf" >> "$STACK_LOGS/kafka-$i.log" 2>&1 \
      || { log "formatting kafka-$i failed"; tail -n 30 "$STACK_LOGS/kafka-$i.log" >&2; exit 1; }
  fi
  start_bg "kafka-$i" "${java_cmd[@]}" -Xms128m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 kafka.Kafka "$conf"
}

nodes=("${@:-1 2 3}")
# shellcheck disable=SC2206
nodes=(${nodes[*]})
for i in "${nodes[@]}"; do start_node "$i"; done
for i in "${nodes[@]}"; do wait_port "kafka-$i" "$(broker_port "$i")" 120; done
node "$LOCAL_DIR/kafka/ready.js" "127.0.0.1:$(broker_port "${nodes[0]}")" 120 3
log "kafka cluster ready: $KAFKA_BROKERS"
