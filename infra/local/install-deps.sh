#!/usr/bin/env bash
# Install the npm dependencies exactly as locked, unless they are already installed from this lock;
# and Debian's Chromium with a Chinese font for the console's browser tests, unless present.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

# The console's end-to-end test drives the system's Chromium (never a downloaded browser); the
# font lets its pages in Chinese render in the screenshots.
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'wenquanyi'; then
  as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo -n)
  if command -v apt-get >/dev/null 2>&1 && "${as_root[@]}" true 2>/dev/null; then
    log "apt-get install chromium fonts-wqy-microhei"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null
  else
    log "chromium or a Chinese font is missing: apt-get install chromium fonts-wqy-microhei (as root)"
  fi
fi

stamp="node_modules/.lock-stamp"
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then exit 0; fi
log "npm ci"
npm ci --no-audit --no-fund
cp package-lock.json "$stamp"
