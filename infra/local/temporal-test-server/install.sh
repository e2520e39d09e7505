#!/usr/bin/env bash
# Install Temporal's time-skipping test server: the official Maven Central artifact
# io.temporal:temporal-test-server with its runtime jars in $STACK_HOME/temporal-test-server/libs, and a
# wrapper at $STACK_BIN/temporal-test-server that @temporalio/testing starts itself (`createTimeSkipping`
# with an existing path). The SDK waits only about 5 s for the port and stops the server by killing its
# direct child, so the wrapper `exec`s java with quick-start flags and an AppCDS archive made here.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../lib.sh
source "$HERE/../lib.sh"

# Beside the shared binaries (STACK_BIN), not in STACK_HOME: the wrapper in STACK_BIN points here,
# and a second set of servers (STACK_HOME of its own) shares both.
home="$(dirname "$STACK_BIN")/temporal-test-server"
libs="$home/libs"
archive="$home/app-cds.jsa"
marker="$home/version"
wrapper="$STACK_BIN/temporal-test-server"
command -v java >/dev/null || { log "java (17+) is needed to run the Temporal test server"; exit 1; }
java_bin="$(command -v java)"
# A class-data archive only fits the JVM build that wrote it: a new java means a new archive.
want="$TEMPORAL_TEST_SERVER_VERSION $(java -version 2>&1 | tr '\n' ' ')"
if [ -x "$wrapper" ] && [ "$(cat "$marker" 2>/dev/null)" = "$want" ]; then
  log "temporal test server $TEMPORAL_TEST_SERVER_VERSION already installed: $wrapper"
  exit 0
fi

if [ "$(cat "$libs/.version" 2>/dev/null)" != "$TEMPORAL_TEST_SERVER_VERSION" ]; then
  command -v mvn >/dev/null || { log "mvn is needed to fetch the test server from Maven Central"; exit 1; }
  log "fetching io.temporal:temporal-test-server:$TEMPORAL_TEST_SERVER_VERSION from Maven Central"
  # Fill a fresh folder and swap it in: never a half-filled or mixed-version classpath.
  mvn_log="$STACK_LOGS/temporal-test-server-install.log"
  rm -rf "$libs.partial"
  if ! mvn -B -f "$HERE/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
    -Dtemporal.test.server.version="$TEMPORAL_TEST_SERVER_VERSION" -DoutputDirectory="$libs.partial" \
    > "$mvn_log" 2>&1; then
    log "maven could not fetch the test server; last lines of $mvn_log:"
    tail -n 30 "$mvn_log" >&2
    exit 1
  fi
  echo "$TEMPORAL_TEST_SERVER_VERSION" > "$libs.partial/.version"
  rm -rf "$libs"
  mv "$libs.partial" "$libs"
fi

# An explicit, sorted classpath: the archive is valid only for the exact classpath it was made with.
classpath="$(find "$libs" -name '*.jar' | sort | paste -sd: -)"
# C1 only, serial GC, small stacks, no perf-data file: less JVM start-up work for a short-lived server.
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xmx512m -XX:-UsePerfData)

# AppCDS: start the server once, let it open its port, stop it; at exit the JVM writes every class it
# loaded into an archive that later starts map instead of parsing ~40 jars (about 3x faster start).
log "creating the class-data archive for the test server"
rm -f "$archive" "$archive.partial"
port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
start_bg temporal-test-server-cds "$java_bin" "${flags[@]}" -XX:ArchiveClassesAtExit="$archive.partial" \
  -cp "$classpath" io.temporal.testserver.TestServer "$port" --enable-time-skipping
cds_flags=()
if wait_port temporal-test-server-cds "$port" 60; then
  stop_pid temporal-test-server-cds
  if [ -s "$archive.partial" ]; then mv "$archive.partial" "$archive" && cds_flags=(-XX:SharedArchiveFile="$archive"); fi
else
  stop_pid temporal-test-server-cds
fi
[ ${#cds_flags[@]} -gt 0 ] || log "no class-data archive (see $STACK_LOGS/temporal-test-server-cds.log); the server starts slower"

server=("$java_bin" "${flags[@]}" "${cds_flags[@]}" -cp "$classpath" io.temporal.testserver.TestServer)
# Written beside and renamed: a test starting the server meanwhile never runs a half-written file.
cat > "$wrapper.partial" <<WRAPPER
#!/usr/bin/env bash
# Temporal's time-skipping test server $TEMPORAL_TEST_SERVER_VERSION; written by infra/local/temporal-test-server/install.sh.
# Usage: temporal-test-server <port> [--enable-time-skipping]
# exec: whoever started this script stops the server by signalling this very process.
exec $(printf '%q ' "${server[@]}")"\$@"
WRAPPER
chmod +x "$wrapper.partial"
mv "$wrapper.partial" "$wrapper"
echo "$want" > "$marker"
log "temporal test server $TEMPORAL_TEST_SERVER_VERSION installed: $wrapper"
