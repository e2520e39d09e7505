#!/usr/bin/env bash
# Start the local object store: one SeaweedFS process (master, volume server, filer and S3 gateway)
# with its S3 API on 127.0.0.1:$OBJECT_STORE_PORT, one identity with the stack's access keys, and
# its data in $STACK_DATA/object-store. The master, volume server and filer take the next three
# ports, their gRPC listeners those ports + 10000 (SeaweedFS's own convention), so two stacks on
# one machine never meet. Does nothing if it already runs, or when OBJECT_STORE_URL names another store.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/../lib.sh"
if [ "$OBJECT_STORE_URL" != "http://127.0.0.1:$OBJECT_STORE_PORT" ]; then log "using object store $OBJECT_STORE_URL"; exit 0; fi

"$HERE/install.sh"

s3=$OBJECT_STORE_PORT master=$((OBJECT_STORE_PORT + 1)) volume=$((OBJECT_STORE_PORT + 2)) filer=$((OBJECT_STORE_PORT + 3))
data="$STACK_DATA/object-store"
if pid_alive object-store; then
  log "object-store already running (pid $(cat "$STACK_RUN/object-store.pid"))"
else
  for port in "$s3" "$master" "$volume" "$filer"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      log "port $port is taken by a process this script did not start; set OBJECT_STORE_PORT (it and the next three ports are used)"
      exit 1
    fi
  done
  mkdir -p "$data"
  # The identity file holds the secret key: readable by this user only.
  identities="$data/s3-identities.json"
  (umask 077 && cat > "$identities" <<JSON
{"identities": [{"name": "makerspace", "credentials": [{"accessKey": "$OBJECT_STORE_ACCESS_KEY", "secretKey": "$OBJECT_STORE_SECRET_KEY"}], "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}
JSON
  )
  # Small volumes (64 MB) so a development machine does not reserve gigabytes up front; no
  # Iceberg or Lance catalogue listeners (their fixed default ports would collide between stacks).
  start_bg object-store "$STACK_BIN/weed" server -ip=127.0.0.1 -ip.bind=127.0.0.1 -dir="$data" \
    -master.port="$master" -master.port.grpc=$((master + 10000)) -master.volumeSizeLimitMB=64 \
    -volume.port="$volume" -volume.port.grpc=$((volume + 10000)) -volume.max=0 -volume.preStopSeconds=0 \
    -filer -filer.port="$filer" -filer.port.grpc=$((filer + 10000)) -filer.localSocket="$data/filer.sock" \
    -s3 -s3.port="$s3" -s3.port.grpc=$((s3 + 10000)) -s3.config="$identities" -s3.port.iceberg=0 -s3.port.lance=0
fi
wait_port object-store "$s3" 90
# An open S3 port is not yet a store that keeps files: wait until a signed request is answered.
node "$HERE/ready.js" 90
log "object store ready on $OBJECT_STORE_URL (S3 API; data $data)"
