#!/usr/bin/env bash
# Provisions and runs a local Stanford CoreNLP server from the jars corenlp/pom.xml resolves from Maven Central.
# CoreNLP is GPL-3: it runs unmodified, as a separate server, from jars downloaded at install (never vendored).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIB_DIR="${CORENLP_LIB_DIR:-$ROOT/.corenlp/lib}"
INSTANCE_DIR="${CORENLP_INSTANCE_DIR:-$ROOT/.corenlp/server}"
PORT="${CORENLP_PORT:-9000}"
HEAP="${CORENLP_HEAP:-3g}"
THREADS="${CORENLP_THREADS:-2}"
START_TIMEOUT="${CORENLP_START_TIMEOUT:-240}"
STOP_TIMEOUT="${CORENLP_STOP_TIMEOUT:-30}"
# The annotation Newsgraph's extractor reads, preloaded at start (no coref: it measured no better and costs
# two thirds of the time).
PROPERTIES="$ROOT/corenlp/newsgraph.properties"
ANNOTATORS="$(sed -n 's/^annotators *= *//p' "$PROPERTIES")"

RUN_DIR="$INSTANCE_DIR/run"
LOG_DIR="$INSTANCE_DIR/logs"
PID_FILE="$RUN_DIR/corenlp.pid"
SECRET_FILE="$RUN_DIR/password"
CONSOLE_LOG="$LOG_DIR/console.log"

usage() {
  cat <<USAGE
Usage: scripts/corenlp.sh <command>

Runs a local Stanford CoreNLP 4.5 server (tokenize, ssplit, pos, lemma, ner, depparse) for Newsgraph's
extractor, built from Maven Central jars (about 490 MB; the English models are most of it).

Commands:
  install   resolve the CoreNLP and model jars into .corenlp/lib (needs Maven; done by start)
  start     start the server in the background and wait until it answers (no-op when running)
  stop      stop the server (SIGTERM, then SIGKILL after ${STOP_TIMEOUT}s)
  status    print whether the server runs (exit 0) or not (exit 3)
  url       print the URL clients use, with its credentials (exit 3 when not running)
  help      this text

CoreNLP has no option to listen on one address only, so the server answers on every interface; it
requires HTTP basic authentication with a random password written to .corenlp/server/run/password
(readable by this user only), and the URL that 'url' prints carries it.

Environment (defaults in brackets):
  CORENLP_PORT          HTTP port                                   [9000]
  CORENLP_HEAP          JVM heap                                    [3g]
  CORENLP_THREADS       annotation threads                          [2]
  CORENLP_INSTANCE_DIR  where logs, the pid and the password live   [.corenlp/server]
  CORENLP_LIB_DIR       where the jars are                          [.corenlp/lib]
  JAVA_HOME             the Java 8+ to run the server with          [java on PATH]
USAGE
}

say() { printf 'corenlp: %s\n' "$*"; }
die() { printf 'corenlp: error: %s\n' "$*" >&2; exit 1; }

require_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; return; fi
  JAVA="$(command -v java || true)"
  [ -n "$JAVA" ] || die "Java is needed to run the local CoreNLP server. Install it (Debian: apt-get install openjdk-17-jre-headless) or set CORENLP_URL to an existing server."
}

install_jars() {
  if [ -f "$LIB_DIR/.complete" ] && [ "$LIB_DIR/.complete" -nt "$ROOT/corenlp/pom.xml" ]; then return; fi
  command -v mvn >/dev/null || die "Maven is needed once to fetch the CoreNLP jars from Maven Central. Install it (Debian: apt-get install maven) or set CORENLP_URL to an existing server."
  say "resolving Stanford CoreNLP and its English models from Maven Central into ${LIB_DIR#"$ROOT"/} (about 490 MB)"
  rm -rf "$LIB_DIR"
  mkdir -p "$(dirname "$LIB_DIR")"
  local log="$(dirname "$LIB_DIR")/maven.log"
  if ! mvn -q -B -Dstyle.color=never -f "$ROOT/corenlp/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$LIB_DIR" -DincludeScope=runtime >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    die "Maven could not resolve the CoreNLP jars (the full log is ${log#"$ROOT"/})."
  fi
  touch "$LIB_DIR/.complete"
}

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid; pid="$(cat "$PID_FILE")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q StanfordCoreNLPServer "/proc/$pid/cmdline" 2>/dev/null; then
    echo "$pid"; return 0
  fi
  say "removing stale pid file (process ${pid:-?} is gone)" >&2
  rm -f "$PID_FILE"
  return 1
}

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# /ready answers 200 once the annotators are loaded (they are preloaded at start).
ready() {
  local head
  head="$( (exec 3<>"/dev/tcp/127.0.0.1/$PORT" && printf 'GET /ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && head -c 64 <&3) 2>/dev/null || true)"
  case "$head" in "HTTP/1."?" 200"*) return 0 ;; *) return 1 ;; esac
}

url() { printf 'http://newsgraph:%s@127.0.0.1:%s\n' "$(cat "$SECRET_FILE")" "$PORT"; }

start() {
  if pid="$(running_pid)"; then say "already running (pid $pid, http://127.0.0.1:$PORT)"; return 0; fi
  require_java
  port_taken "$PORT" && die "port $PORT is already in use by another process. Stop it, choose another port with CORENLP_PORT, or point CORENLP_URL at that server."
  install_jars
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$SECRET_FILE")
  say "starting Stanford CoreNLP (http://127.0.0.1:$PORT, heap $HEAP, log ${CONSOLE_LOG#"$ROOT"/}); loading the models takes a minute"
  setsid "$JAVA" -Xmx"$HEAP" -XX:+UseG1GC -Dfile.encoding=UTF-8 -cp "$LIB_DIR/*" \
    edu.stanford.nlp.pipeline.StanfordCoreNLPServer \
    -port "$PORT" -threads "$THREADS" -timeout 120000 -maxCharLength 250000 -quiet \
    -serverProperties "$PROPERTIES" -preload "$ANNOTATORS" \
    -username newsgraph -password "$(cat "$SECRET_FILE")" \
    >"$CONSOLE_LOG" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$PID_FILE"
  local waited=0
  until ready; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      tail -n 30 "$CONSOLE_LOG" >&2 || true
      die "CoreNLP exited during start-up; the log above is ${CONSOLE_LOG#"$ROOT"/}."
    fi
    [ "$waited" -ge "$START_TIMEOUT" ] && { stop >/dev/null; die "CoreNLP was not ready within ${START_TIMEOUT}s; see ${CONSOLE_LOG#"$ROOT"/}."; }
    sleep 1; waited=$((waited + 1))
  done
  say "started in ${waited}s (pid $pid)"
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
  rm -f "$PID_FILE" "$SECRET_FILE"
  say "stopped"
}

status() {
  local pid
  if pid="$(running_pid)"; then say "running (pid $pid, http://127.0.0.1:$PORT)"; return 0; fi
  say "stopped"
  return 3
}

case "${1:-help}" in
  install) install_jars; say "jars ready in ${LIB_DIR#"$ROOT"/}" ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) if running_pid >/dev/null; then url; else say "not running" >&2; exit 3; fi ;;
  help | -h | --help) usage ;;
  *) usage >&2; exit 2 ;;
esac
