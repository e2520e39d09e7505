#!/usr/bin/env bash
# Install nginx from Debian's packages (the cluster profile's reverse proxy), unless present.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
command -v nginx >/dev/null 2>&1 && exit 0
as_root=()
[ "$(id -u)" = 0 ] || as_root=(sudo -n)
if ! command -v apt-get >/dev/null 2>&1 || ! "${as_root[@]}" true 2>/dev/null; then
  log "nginx is missing: apt-get install nginx-light (as root), then start again"; exit 1
fi
log "installing on this machine: nginx-light (Debian package), the cluster profile's reverse proxy"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends nginx-light >/dev/null \
  || { "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends nginx-light >/dev/null; }
# Debian starts the packaged site on port 80 where a service manager runs; the stack runs its own.
"${as_root[@]}" service nginx stop >/dev/null 2>&1 || true
