# Small shell functions shared by the stack scripts: pid files and readiness waits.
# shellcheck source=env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

log() { printf '[stack] %s\n' "$*" >&2; }

# pid_alive NAME: true when the process recorded in $STACK_RUN/NAME.pid runs.
pid_alive() {
  local f="$STACK_RUN/$1.pid"
  [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null
}

# start_bg NAME CMD...: start CMD detached in its own session, log to $STACK_LOGS/NAME.log,
# record its pid. Does nothing when NAME already runs (idempotent).
start_bg() {
  local name="$1"; shift
  if pid_alive "$name"; then log "$name already running (pid $(cat "$STACK_RUN/$name.pid"))"; return 0; fi
  setsid "$@" >>"$STACK_LOGS/$name.log" 2>&1 < /dev/null &
  echo $! > "$STACK_RUN/$name.pid"
  log "$name started (pid $!), log $STACK_LOGS/$name.log"
}

# stop_pid NAME [SECONDS]: stop only the process we started (and its process group), by pid;
# SIGKILL when it has not exited after SECONDS (default 20).
stop_pid() {
  local name="$1" f="$STACK_RUN/$1.pid" secs="${2:-20}" pid
  [ -f "$f" ] || return 0
  pid="$(cat "$f")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 $((secs * 5))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null; }
    log "$name stopped (pid $pid)"
  fi
  rm -f "$f"
}

# wait_port NAME PORT [SECONDS]: wait until 127.0.0.1:PORT accepts connections.
wait_port() {
  local name="$1" port="$2" secs="${3:-60}"
  for _ in $(seq 1 $((secs * 5))); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    if ! pid_alive "$name"; then log "$name exited; last log lines:"; tail -n 30 "$STACK_LOGS/$name.log" >&2; return 1; fi
    sleep 0.2
  done
  log "$name did not open port $port within ${secs}s; last log lines:"; tail -n 30 "$STACK_LOGS/$name.log" >&2
  return 1
}

# use_development_issuer: the system's processes started from here on trust the development issuer
# (the benchmarks sign in thousands of made-up people at it, whom no directory holds).
use_development_issuer() {
  export AUTH_ISSUER="$DEV_ISSUER_URL" AUTH_JWKS_URL="$DEV_ISSUER_URL/.well-known/jwks.json" AUTH_TOKEN_URL="$DEV_ISSUER_URL/token"
}

# run_parallel SCRIPT...: run scripts under $LOCAL_DIR at once (fetches and builds that share
# nothing), each logged to $STACK_LOGS/install-<name>.log; fails naming every one that failed.
run_parallel() {
  local pids=() names=() failed=() i
  for script in "$@"; do
    local name="${script%%/*}"; name="${name%.sh}"
    bash "$LOCAL_DIR/$script" > "$STACK_LOGS/install-$name.log" 2>&1 &
    pids+=($!) names+=("$name")
  done
  for i in "${!pids[@]}"; do wait "${pids[$i]}" || failed+=("${names[$i]}"); done
  for i in "${!names[@]}"; do grep -h '^\[stack\]' "$STACK_LOGS/install-${names[$i]}.log" >&2 || true; done
  if [ ${#failed[@]} -gt 0 ]; then
    for name in "${failed[@]}"; do log "installing $name failed; last lines of $STACK_LOGS/install-$name.log:"; tail -n 20 "$STACK_LOGS/install-$name.log" >&2; done
    return 1
  fi
}
