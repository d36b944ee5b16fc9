#!/usr/bin/env bash
# Provisions and runs a local Neo4j 5 Community server from the jars neo4j/pom.xml resolves from Maven Central.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIB_DIR="${NEO4J_LIB_DIR:-$ROOT/.neo4j/lib}"
INSTANCE_DIR="${NEO4J_INSTANCE_DIR:-$ROOT/.neo4j/server}"
BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
PASSWORD="${NEO4J_PASSWORD:-newsgraph-local}"
HEAP="${NEO4J_HEAP:-4g}"
PAGECACHE="${NEO4J_PAGECACHE:-4g}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-180}"
STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"

CONF_DIR="$INSTANCE_DIR/conf"
DATA_DIR="$INSTANCE_DIR/data"
LOG_DIR="$INSTANCE_DIR/logs"
RUN_DIR="$INSTANCE_DIR/run"
PID_FILE="$RUN_DIR/neo4j.pid"
CONSOLE_LOG="$LOG_DIR/console.log"

usage() {
  cat <<USAGE
Usage: scripts/neo4j.sh <command>

Runs a local Neo4j 5.26 Community server for Newsgraph, built from Maven Central jars.

Commands:
  install   resolve the server and Neo4j Browser jars into .neo4j/lib (needs Maven; done by start)
  start     start the server in the background and wait until Bolt answers (no-op when running)
  stop      stop the server cleanly (SIGTERM, then SIGKILL after ${STOP_TIMEOUT}s)
  status    print whether the server runs (exit 0) or not (exit 3)
  reset     stop the server and delete its data (the next start begins empty)
  help      this text

Environment (defaults in brackets):
  NEO4J_INSTANCE_DIR  where conf, data, logs and the pid live   [.neo4j/server]
  NEO4J_BOLT_PORT     Bolt port on 127.0.0.1                    [7687]
  NEO4J_HTTP_PORT     HTTP port on 127.0.0.1 (Neo4j Browser)    [7474]
  NEO4J_PASSWORD      initial password of user neo4j            [newsgraph-local]
  NEO4J_HEAP          JVM heap, initial and max                  [4g]
  NEO4J_PAGECACHE     page cache                                 [4g]
  JAVA_HOME           the Java 17+ to run the server with       [java on PATH]
USAGE
}

say() { printf 'neo4j: %s\n' "$*"; }
die() { printf 'neo4j: error: %s\n' "$*" >&2; exit 1; }

java_bin() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; return; fi
  command -v java || true
}

require_java() {
  local java; java="$(java_bin)"
  [ -n "$java" ] || die "Java 17 or newer is needed to run the local Neo4j. Install it (Debian: apt-get install openjdk-17-jre-headless) or set NEO4J_URI to an existing Neo4j."
  local major
  major="$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
  [ -n "$major" ] && [ "$major" -ge 17 ] || die "Neo4j 5.26 needs Java 17 or newer; $java is version ${major:-unknown}. Set JAVA_HOME or set NEO4J_URI to an existing Neo4j."
  JAVA="$java"
}

install_jars() {
  if [ -f "$LIB_DIR/.complete" ] && [ "$LIB_DIR/.complete" -nt "$ROOT/neo4j/pom.xml" ]; then return; fi
  command -v mvn >/dev/null || die "Maven is needed once to fetch the Neo4j jars from Maven Central. Install it (Debian: apt-get install maven) or set NEO4J_URI to an existing Neo4j."
  say "resolving Neo4j Community and Neo4j Browser jars from Maven Central into ${LIB_DIR#"$ROOT"/}"
  rm -rf "$LIB_DIR"
  mkdir -p "$(dirname "$LIB_DIR")"
  local log="$(dirname "$LIB_DIR")/maven.log"
  if ! mvn -q -B -Dstyle.color=never -f "$ROOT/neo4j/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$LIB_DIR" -DincludeScope=runtime >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    die "Maven could not resolve the Neo4j jars (the full log is ${log#"$ROOT"/})."
  fi
  touch "$LIB_DIR/.complete"
}

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid; pid="$(cat "$PID_FILE")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q CommunityEntryPoint "/proc/$pid/cmdline" 2>/dev/null; then
    echo "$pid"; return 0
  fi
  say "removing stale pid file (process ${pid:-?} is gone)" >&2
  rm -f "$PID_FILE"
  return 1
}

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

write_conf() {
  mkdir -p "$CONF_DIR" "$DATA_DIR" "$LOG_DIR" "$RUN_DIR"
  cat >"$CONF_DIR/neo4j.conf" <<CONF
# Written by scripts/neo4j.sh on every start; edit the script, not this file.
server.default_listen_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:$BOLT_PORT
server.bolt.advertised_address=127.0.0.1:$BOLT_PORT
server.http.listen_address=127.0.0.1:$HTTP_PORT
server.http.advertised_address=127.0.0.1:$HTTP_PORT
server.https.enabled=false
server.directories.data=$DATA_DIR
server.directories.logs=$LOG_DIR
server.directories.run=$RUN_DIR
server.directories.lib=$LIB_DIR
server.directories.import=$INSTANCE_DIR/import
server.directories.plugins=$INSTANCE_DIR/plugins
dbms.security.auth_enabled=true
# Sized for a 2-core, 24 GiB machine that also runs the API and the tests.
server.memory.heap.initial_size=$HEAP
server.memory.heap.max_size=$HEAP
server.memory.pagecache.size=$PAGECACHE
db.tx_log.rotation.retention_policy=2 files
dbms.usage_report.enabled=false
CONF
}

admin() {
  NEO4J_HOME="$INSTANCE_DIR" NEO4J_CONF="$CONF_DIR" "$JAVA" -cp "$LIB_DIR/*" org.neo4j.cli.AdminTool "$@"
}

http_ready() {
  local body
  body="$( (exec 3<>"/dev/tcp/127.0.0.1/$HTTP_PORT" && printf 'GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && cat <&3) 2>/dev/null || true)"
  case "$body" in *neo4j_version*) return 0 ;; *) return 1 ;; esac
}

start() {
  if pid="$(running_pid)"; then say "already running (pid $pid, bolt://127.0.0.1:$BOLT_PORT)"; return 0; fi
  require_java
  for port in "$BOLT_PORT" "$HTTP_PORT"; do
    port_taken "$port" && die "port $port on 127.0.0.1 is already in use by another process. Stop it, or choose other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT."
  done
  install_jars
  write_conf
  if [ ! -d "$DATA_DIR/databases/system" ]; then
    [ "${#PASSWORD}" -ge 8 ] || die "NEO4J_PASSWORD must have at least 8 characters (Neo4j 5 refuses shorter ones)."
    admin dbms set-initial-password "$PASSWORD" >/dev/null || die "could not set the initial password (see above)."
  fi
  say "starting Neo4j Community (bolt://127.0.0.1:$BOLT_PORT, http://127.0.0.1:$HTTP_PORT, log ${CONSOLE_LOG#"$ROOT"/})"
  # The launcher flags of Neo4j's own tarball that matter on Java 17+: netty and the page cache need these opens.
  setsid "$JAVA" -cp "$CONF_DIR/*:$LIB_DIR/*" \
    -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow \
    -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC \
    -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
    -Djdk.tls.ephemeralDHKeySize=2048 -Djdk.tls.rejectClientInitiatedRenegotiation=true \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
    --enable-native-access=ALL-UNNAMED -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8 \
    org.neo4j.server.CommunityEntryPoint --home-dir="$INSTANCE_DIR" --config-dir="$CONF_DIR" --console-mode \
    >"$CONSOLE_LOG" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$PID_FILE"
  local waited=0
  until port_taken "$BOLT_PORT" && http_ready; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      tail -n 30 "$CONSOLE_LOG" >&2 || true
      die "Neo4j exited during start-up; the log above is ${CONSOLE_LOG#"$ROOT"/}."
    fi
    [ "$waited" -ge "$START_TIMEOUT" ] && { stop >/dev/null; die "Neo4j did not answer on Bolt within ${START_TIMEOUT}s; see ${CONSOLE_LOG#"$ROOT"/}."; }
    sleep 1; waited=$((waited + 1))
  done
  say "started in ${waited}s (pid $pid); Neo4j Browser at http://127.0.0.1:$HTTP_PORT/browser/"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then say "not running"; return 0; fi
  say "stopping (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local waited=0
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge "$STOP_TIMEOUT" ]; then say "still running after ${STOP_TIMEOUT}s; killing"; kill -KILL "$pid" 2>/dev/null || true; fi
    sleep 1; waited=$((waited + 1))
  done
  rm -f "$PID_FILE"
  say "stopped"
}

status() {
  local pid
  if pid="$(running_pid)"; then
    say "running (pid $pid, bolt://127.0.0.1:$BOLT_PORT, http://127.0.0.1:$HTTP_PORT)"
    return 0
  fi
  say "stopped"
  return 3
}

reset() {
  stop
  rm -rf "$DATA_DIR"
  say "data deleted (${DATA_DIR#"$ROOT"/}); the next start begins with an empty database"
}

case "${1:-help}" in
  install) install_jars; say "jars ready in ${LIB_DIR#"$ROOT"/}" ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  reset) reset ;;
  help | -h | --help) usage ;;
  *) usage >&2; exit 2 ;;
esac
