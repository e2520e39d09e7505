#!/usr/bin/env bash
# Start nginx in front of the replicas of each HTTP component. Arguments: NAME:PORT:REPLICA_PORT,...
# for each component (e.g. intake:3001:3101,3201): nginx listens on PORT and spreads requests over
# the replica ports. When it runs already, it reloads the new configuration without dropping a
# connection (a rolling deploy changes the replica set under traffic).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/../lib.sh"
bash "$HERE/install.sh"
home="$STACK_HOME/proxy"
mkdir -p "$home"
upstreams="" servers=""
for spec in "$@"; do
  name="${spec%%:*}" rest="${spec#*:}"; port="${rest%%:*}" replicas="${rest#*:}"
  upstreams+="  upstream $name { least_conn;"
  for r in ${replicas//,/ }; do upstreams+=" server 127.0.0.1:$r max_fails=1 fail_timeout=2s;"; done
  upstreams+=" keepalive 16; }"$'\n'
  servers+="  server { listen 127.0.0.1:$port; location / { proxy_pass http://$name; } }"$'\n'
done
node -e '
const fs = require("fs");
const [tpl, out, home, logs, up, sv] = process.argv.slice(1);
fs.writeFileSync(out, fs.readFileSync(tpl, "utf8").replace(/@HOME@/g, home).replace(/@LOGS@/g, logs).replace("@UPSTREAMS@", up).replace("@SERVERS@", sv));
' "$HERE/nginx.conf" "$home/nginx.conf" "$home" "$STACK_LOGS" "$upstreams" "$servers"
nginx -t -c "$home/nginx.conf" -p "$home" >> "$STACK_LOGS/proxy.log" 2>&1 || { log "nginx refused its configuration"; tail -n 20 "$STACK_LOGS/proxy.log" >&2; exit 1; }
if pid_alive proxy; then
  nginx -c "$home/nginx.conf" -p "$home" -s reload >> "$STACK_LOGS/proxy.log" 2>&1
  log "proxy reloaded: $(printf '%s ' "$@")"
  exit 0
fi
start_bg proxy nginx -c "$home/nginx.conf" -p "$home"
for spec in "$@"; do rest="${spec#*:}"; wait_port proxy "${rest%%:*}" 30; done
log "proxy ready: $(printf '%s ' "$@")"
