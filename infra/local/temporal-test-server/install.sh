#!/usr/bin/env bash
# Install Temporal's time-skipping test server: the official Maven Central artifact
# io.temporal:temporal-test-server with its dependencies, and a wrapper at $STACK_BIN/temporal-test-server
# that @temporalio/testing starts itself (`createTimeSkipping` with an existing path). The wrapper
# `exec`s java so the SDK can stop its direct child, and uses quick-start JVM flags because the SDK
# waits only about 5 s for the port (it opens in about 1 s here).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/../lib.sh"

libs="$STACK_HOME/temporal-test-server/libs"
marker="$STACK_HOME/temporal-test-server/version"
wrapper="$STACK_BIN/temporal-test-server"
if [ -x "$wrapper" ] && [ "$(cat "$marker" 2>/dev/null)" = "$TEMPORAL_TEST_SERVER_VERSION" ]; then exit 0; fi

log "fetching io.temporal:temporal-test-server:$TEMPORAL_TEST_SERVER_VERSION from Maven Central"
rm -rf "$libs"
mvn -q -B -f "$HERE/pom.xml" dependency:copy-dependencies \
  -Dtemporal.test.server.version="$TEMPORAL_TEST_SERVER_VERSION" -DoutputDirectory="$libs"

cat > "$wrapper" <<WRAPPER
#!/usr/bin/env bash
# Usage: temporal-test-server <port> [--enable-time-skipping]
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xmx512m -cp '$libs/*' io.temporal.testserver.TestServer "\$@"
WRAPPER
chmod +x "$wrapper"
echo "$TEMPORAL_TEST_SERVER_VERSION" > "$marker"
log "temporal test server installed: $wrapper"
