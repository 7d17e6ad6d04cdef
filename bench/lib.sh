# Shared by the bench/ scripts: build, start, wait for and stop the packaged service, plus small
# helpers. Source it; it expects BENCH_DIR and REPO to be set.

# The YouTube Spam Collection lives outside the repository; without it prepare_bodies generates
# comment bodies (bench/bodies.py), so a clone with nothing beside it can still run every script.
BENCH_DATA_DIR="${BENCH_DATA_DIR:-$REPO/../shared/data/youtube-spam}"
# BENCH_APP_JAR: another packaged build (a copy of target/quarkus-app), to compare two builds side by side.
APP_JAR="${BENCH_APP_JAR:-$REPO/target/quarkus-app/quarkus-run.jar}"
ADMIN_PASSWORD="bench-$RANDOM$RANDOM"
PG_DATABASE="${BENCH_PG_DATABASE:-moderato_bench}"
# JVM flags besides -Xmx, the ones README recommends for a small heap: G1 with a 20 ms pause goal
# (the serial collector stopped everything for 150-210 ms every ~15 s under submission load, the
# p99) and no per-thread cache of large temporary direct buffers (H2 writes its chunks from heap
# buffers: the JDK kept ~70 MiB of copies); a heap that starts at 64 MiB, grows only when
# collecting takes over a third of the time, and is given back down to 30 % free at each marking
# cycle; glibc asked every second to return what the JIT compilers freed, and methods compiled
# after three times as many calls, so fewer get profiled code (docs/memory.md).
JAVA_OPTS="${BENCH_JAVA_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djdk.nio.maxCachedBufferSize=262144 -Xms64m -XX:GCTimeRatio=2 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=1000 -XX:CompileThresholdScaling=3}"

SERVICE_PID=""
SERVICE_LOG=""

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
# die <message> [exit status, 2 by default]: the reason on stderr, then exit. Called in a $(...)
# subshell, it leaves a mark in WORK so that the script's own exit is not explained twice.
die() {
  BENCH_EXPLAINED=1
  if [ -n "${WORK:-}" ] && [ -d "$WORK" ]; then : >"$WORK/.explained"; fi
  log "ERROR: $1"
  exit "${2:-2}"
}

# Under set -e a failing command ends a script without a word. The ERR trap remembers which
# command failed, and explain_exit (called from each script's EXIT trap) says so unless die did.
BENCH_EXPLAINED=""
BENCH_FAILED=""
set -o errtrace
trap 'BENCH_FAILED="${BASH_SOURCE[0]##*/}:$LINENO: $BASH_COMMAND (exit status $?)"' ERR
explain_exit() {
  local rc=$1
  [ -n "${WORK:-}" ] && [ -f "$WORK/.explained" ] && BENCH_EXPLAINED=1
  if [ "$rc" -ne 0 ] && [ -z "$BENCH_EXPLAINED" ] && [ "$rc" -ne 130 ]; then
    log "ERROR: stopped with exit status $rc${BENCH_FAILED:+ after a failed command: $BENCH_FAILED}"
  fi
}

# running <pid>: true while the process lives. kill -0 alone also succeeds for a child that has
# exited but was not waited for yet (a zombie), and that is how a crashed service or wrk looked alive.
running() {
  kill -0 "$1" 2>/dev/null || return 1
  ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}

ensure_tools() {
  if ! command -v wrk >/dev/null 2>&1; then
    log "wrk not found: installing it with apt-get"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get install -y wrk >/dev/null || { $sudo apt-get update >/dev/null && $sudo apt-get install -y wrk >/dev/null; }
  fi
  command -v python3 >/dev/null || die "python3 is needed"
  command -v java >/dev/null || die "a JDK (java) is needed"
  command -v curl >/dev/null || die "curl is needed"
  if [ "$DB" = postgresql ]; then command -v psql >/dev/null || die "psql is needed for --db postgresql"; fi
}

build_service() {
  local profile=()
  [ "$DB" = postgresql ] && profile=(-Ppostgresql)
  log "building the $DB jar (./mvnw package -DskipTests ${profile[*]})"
  (cd "$REPO" && ./mvnw -q -B -ntp package -DskipTests "${profile[@]}")
}

# The build in target/ is whichever profile ran last: refuse to bench the wrong database.
check_jar_matches_db() {
  [ -f "$APP_JAR" ] || die "no $APP_JAR: build first (drop --skip-build)"
  local lib
  lib="$(dirname "$APP_JAR")/lib/main"
  # Globs, not ls | grep -q: under pipefail, grep -q leaving early can fail the pipeline with SIGPIPE.
  if [ "$DB" = postgresql ]; then
    compgen -G "$lib/org.postgresql.postgresql-*" >/dev/null || die "$(dirname "$APP_JAR") holds an H2 build: run without --skip-build"
  else
    compgen -G "$lib/com.h2database.h2-*" >/dev/null || die "$(dirname "$APP_JAR") holds a PostgreSQL build: run without --skip-build"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

reset_postgresql() {
  PGOPTIONS=--client-min-messages=warning psql -q -h 127.0.0.1 -U postgres -d postgres \
    -c "drop database if exists $PG_DATABASE" -c "create database $PG_DATABASE" >/dev/null
}

# start_service <data-dir> <port> <log-file>: starts java in the background, sets SERVICE_PID and
# MANAGEMENT_PORT (health and metrics answer there, on the management interface).
start_service() {
  local data_dir=$1 port=$2
  SERVICE_LOG=$3
  MANAGEMENT_PORT=$(free_port)
  # Two malloc arenas instead of one per thread: the JVM mallocs little, idle arenas only hold RSS.
  # MALLOC_ARENA_MAX in the environment replaces the 2, to compare other values.
  local env=(MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" MODERATO_DATA_DIR="$data_dir" MODERATO_ADMIN_USERNAME=admin
             MODERATO_ADMIN_PASSWORD="$ADMIN_PASSWORD" MODERATO_SCREENING_RATE_LIMIT_ENABLED=false MODERATO_BENCHMARK_PING=true
             QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT")
  if [ "$DB" = postgresql ]; then
    env+=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DATABASE"
          QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=)
  fi
  # shellcheck disable=SC2086 # JAVA_OPTS holds several flags
  env "${env[@]}" java "-Xmx$XMX" $JAVA_OPTS -jar "$APP_JAR" >>"$SERVICE_LOG" 2>&1 &
  SERVICE_PID=$!
}

# wait_ready <port> [timeout-seconds]: 0 once /q/health/ready answers 200, 1 if java died or timed out.
# Sets MANAGEMENT, the base address of health and metrics: the management port, or the service's own
# port for a build from before the management interface (BENCH_APP_JAR of an older commit).
wait_ready() {
  local port=$1 deadline=$((SECONDS + ${2:-90})) base
  while [ $SECONDS -lt $deadline ]; do
    if ! running "$SERVICE_PID"; then
      log "the service exited during start-up; last log lines:"; tail -20 "$SERVICE_LOG" >&2; return 1
    fi
    for base in "http://127.0.0.1:$MANAGEMENT_PORT" "http://127.0.0.1:$port"; do
      if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/q/health/ready")" = 200 ]; then
        MANAGEMENT=$base
        return 0
      fi
    done
    sleep 0.3
  done
  log "the service was not ready after ${2:-90}s; last log lines:"; tail -20 "$SERVICE_LOG" >&2
  return 1
}

# Stops the java process this script started (SIGTERM, then SIGKILL after 30 s), and only that one.
stop_service() {
  [ -n "$SERVICE_PID" ] || return 0
  if kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill -TERM "$SERVICE_PID" 2>/dev/null || true
    local i
    for i in $(seq 300); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$SERVICE_PID" 2>/dev/null; then
      log "service $SERVICE_PID ignored SIGTERM for 30 s: SIGKILL"
      kill -KILL "$SERVICE_PID" 2>/dev/null || true
    fi
  fi
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=""
}

# kill_service_hard: SIGKILL, the crash the durability check is about.
kill_service_hard() {
  kill -KILL "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=""
}

# prepare_bodies <out>: one line per comment body, prepared for Lua: <out>.json holds JSON string
# literals, <out>.form application/x-www-form-urlencoded values. Bodies come from the YouTube Spam
# Collection in BENCH_DATA_DIR, or are generated when it is missing (bench/bodies.py says which).
# Logs how many; fails (status 1) with the reason when none could be prepared.
prepare_bodies() {
  local out=$1 summary
  summary=$(python3 "$BENCH_DIR/bodies.py" "$BENCH_DATA_DIR" "$out") || { log "could not prepare comment bodies"; return 1; }
  if [ ! -s "$out.json" ] || [ ! -s "$out.form" ]; then
    log "no comment bodies in $out.json and $out.form"; return 1
  fi
  log "prepared $summary"
}
