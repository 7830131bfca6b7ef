#!/usr/bin/env bash
# Meridian API benchmarks, end to end, on this machine only (127.0.0.1):
#   builds the server and the bench jar, recreates the database, starts the server in
#   external-database mode, runs ticket creation through the API and the raw JDBC
#   ceiling on the same database, prints the comparison (and the PHP peer's reference), then the inbox listing
#   benchmark; stops the server on exit. Full output: bench/results/api-<timestamp>.txt
#
# Settings (environment):
#   LEVELS=1,4,8,16,32   concurrency levels for ticket creation (API and JDBC)
#   DURATION=15          measured seconds per level      WARMUP=5  warm-up seconds per level
#   JIT_WARMUP=20        seconds of uncounted API requests before the first level
#   SKIP_INBOX=0         1 skips the inbox benchmark     INBOX_DURATION=20  INBOX_WORKERS=4
#   SEED_TICKETS=100000  OPEN tickets for the inbox      SKIP_BUILD=0  1 reuses built jars
#   DB_NAME=meridian_bench (dropped and recreated!)      HEALTH_TIMEOUT=120
#   DRAIN_TIMEOUT=60     seconds to wait after each level for the listeners' publications
#   SERVER_JAVA_OPTS="-Xms512m -Xmx1g"                   BENCH_JAVA_OPTS="-Xmx1g"
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"

LEVELS="${LEVELS:-1,4,8,16,32}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-5}"
JIT_WARMUP="${JIT_WARMUP:-20}"
SKIP_INBOX="${SKIP_INBOX:-0}"
SKIP_BUILD="${SKIP_BUILD:-0}"
INBOX_DURATION="${INBOX_DURATION:-20}"
INBOX_WORKERS="${INBOX_WORKERS:-4}"
SEED_TICKETS="${SEED_TICKETS:-100000}"
DB_NAME="${DB_NAME:-meridian_bench}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-120}"
DRAIN_TIMEOUT="${DRAIN_TIMEOUT:-60}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xms512m -Xmx1g}"
# The java that runs the server, e.g. a JDK 21+ where virtual threads switch on.
SERVER_JAVA="${SERVER_JAVA:-java}"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g}"
read -r -a SERVER_JAVA_ARGS <<<"$SERVER_JAVA_OPTS"
read -r -a BENCH_JAVA_ARGS <<<"$BENCH_JAVA_OPTS"

PG_HOST=127.0.0.1
PG_PORT=5432
PG_USER=postgres
SERVER_JAR="$ROOT/target/meridian-0.1.0-SNAPSHOT.jar"
BENCH_JAR="$BENCH_DIR/target/meridian-bench.jar"

if [[ ! "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "DB_NAME must be a plain lower-case identifier, got: $DB_NAME" >&2
  exit 2
fi

TIMESTAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$BENCH_DIR/results"
mkdir -p "$RESULTS"
OUT="$RESULTS/api-$TIMESTAMP.txt"
SERVER_LOG="$RESULTS/server-$TIMESTAMP.log"
API_TSV="$RESULTS/api-$TIMESTAMP-tickets-api.tsv"
JDBC_TSV="$RESULTS/api-$TIMESTAMP-tickets-jdbc.tsv"
INBOX_TSV="$RESULTS/api-$TIMESTAMP-inbox.tsv"
exec > >(tee "$OUT") 2>&1

SERVER_PID=""
cleanup() {
  local status=$?
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "Stopping the server (pid $SERVER_PID)"
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
  fi
  echo "Full output: $OUT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Other processes on the machine skew every figure: each section shows the load average.
section() { printf '\n######## %s   (load average %s)\n' "$*" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
psql_admin() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
bench() { java "${BENCH_JAVA_ARGS[@]}" -jar "$BENCH_JAR" "$@"; }
random_hex() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "No free port found" >&2
  return 1
}

# Fails the run, with the end of the server's log, if the server is gone.
require_server() {
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    wait "$SERVER_PID" && status=0 || status=$?
    echo "The server (pid $SERVER_PID) is gone (exit status $status; 143 = SIGTERM from outside); last lines of its log:"
    tail -n 20 "$SERVER_LOG" | cut -c1-300
    SERVER_PID=""
    exit 1
  fi
}

# CPU time of the server process in clock ticks: all threads, and only the JIT compiler's.
server_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
server_jit_ticks() {
  local total=0 task
  for task in /proc/"$SERVER_PID"/task/*; do
    if grep -q Compiler "$task/comm" 2>/dev/null; then
      total=$((total + $(awk '{print $14 + $15}' "$task/stat" 2>/dev/null || echo 0)))
    fi
  done
  echo "$total"
}
ticket_count() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB_NAME" -qAt -c 'select count(*) from tickets'; }
CLK_TCK="$(getconf CLK_TCK)"
server_rss_mib() { ps -o rss= -p "$SERVER_PID" 2>/dev/null | awk '{printf "%.0f", $1 / 1024}' || echo "?"; }

section "Meridian API benchmark, $TIMESTAMP"
echo "commit:    $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown) ($(git -C "$ROOT" rev-parse --abbrev-ref HEAD 2>/dev/null || echo '?'))"
echo "machine:   $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:      $(java -version 2>&1 | head -1)"
echo "postgres:  $(psql_admin -c 'show server_version')  on $PG_HOST:$PG_PORT, database $DB_NAME"
echo "settings:  LEVELS=$LEVELS DURATION=$DURATION WARMUP=$WARMUP JIT_WARMUP=$JIT_WARMUP SKIP_INBOX=$SKIP_INBOX INBOX_WORKERS=$INBOX_WORKERS INBOX_DURATION=$INBOX_DURATION SEED_TICKETS=$SEED_TICKETS"
echo "server:    $("$SERVER_JAVA" -version 2>&1 | head -1), $SERVER_JAVA_OPTS; load generator: java $BENCH_JAVA_OPTS (same machine)"

if [[ "$SKIP_BUILD" != "1" ]]; then
  section "Build"
  (cd "$ROOT" && ./mvnw -q -DskipTests package)
  "$ROOT/mvnw" -q -f "$BENCH_DIR/pom.xml" package
fi
for jar in "$SERVER_JAR" "$BENCH_JAR"; do
  [[ -f "$jar" ]] || { echo "Missing $jar (build failed or SKIP_BUILD=1 without a build)" >&2; exit 1; }
done

section "Database $DB_NAME (recreated)"
psql_admin -c "drop database if exists $DB_NAME with (force)"
psql_admin -c "create database $DB_NAME"

section "Server"
PORT="$(free_port)"
TOKEN="bench-$(random_hex 24)"
AGENT_EMAIL="bench@meridian.example"
AGENT_PASSWORD="bench-$(random_hex 12)"
BASE_URL="http://127.0.0.1:$PORT"
JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME"

# Started through a link with a neutral name, so that tooling which stops a developer's
# server by its jar name (pkill -f meridian-0.1.0-SNAPSHOT.jar) leaves this one alone.
SERVER_LINK="$BENCH_DIR/target/server-under-test.jar"
ln -sf "$SERVER_JAR" "$SERVER_LINK"
MERIDIAN_DATABASE_URL="$JDBC_URL" \
MERIDIAN_DATABASE_USER="$PG_USER" \
MERIDIAN_DATABASE_PASSWORD="unused-with-trust-auth" \
MERIDIAN_BOOTSTRAP_TOKEN="$TOKEN" \
SERVER_PORT="$PORT" \
  "$SERVER_JAVA" "${SERVER_JAVA_ARGS[@]}" -jar "$SERVER_LINK" >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!
echo "started pid $SERVER_PID on $BASE_URL, log $SERVER_LOG"

started=$SECONDS
until curl -fsS --max-time 2 "$BASE_URL/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "The server exited during start-up; last lines of its log:"
    tail -n 40 "$SERVER_LOG"
    exit 1
  fi
  if ((SECONDS - started >= HEALTH_TIMEOUT)); then
    echo "The server was not healthy after $HEALTH_TIMEOUT s; last lines of its log:"
    tail -n 40 "$SERVER_LOG"
    exit 1
  fi
  sleep 1
done
echo "healthy after $((SECONDS - started)) s, RSS $(server_rss_mib) MiB"

require_server
bench setup --base-url="$BASE_URL" --token="$TOKEN" --agent-email="$AGENT_EMAIL" --agent-password="$AGENT_PASSWORD"

section "Ticket creation through the API"
ticks_before="$(server_ticks)"
jit_before="$(server_jit_ticks)"
tickets_before="$(ticket_count)"
# After each level the bench reads the event publications still incomplete (per listener),
# waits up to DRAIN_TIMEOUT s for them, and only then reads the server's CPU time.
bench tickets --base-url="$BASE_URL" --token="$TOKEN" --levels="$LEVELS" --warmup="$WARMUP" \
  --duration="$DURATION" --jit-warmup="$JIT_WARMUP" --results="$API_TSV" \
  --jdbc-url="$JDBC_URL" --db-user="$PG_USER" --server-pid="$SERVER_PID" --clock-ticks="$CLK_TCK" \
  --drain-timeout="$DRAIN_TIMEOUT"
require_server
ticks=$(($(server_ticks) - ticks_before))
jit_ticks=$(($(server_jit_ticks) - jit_before))
created=$(($(ticket_count) - tickets_before))
awk -v t="$ticks" -v j="$jit_ticks" -v n="$created" -v hz="$CLK_TCK" 'BEGIN {
  printf "server CPU during the API load (warm-ups and listeners included): %.1f s for %d tickets = %.2f ms per ticket", t / hz, n, n ? 1000 * t / hz / n : 0
  printf " (JIT compiler threads: %.1f s; without them %.2f ms per ticket)\n", j / hz, n ? 1000 * (t - j) / hz / n : 0 }'
echo "server RSS: $(server_rss_mib) MiB"

section "Ticket creation with raw JDBC (ceiling)"
bench jdbc --jdbc-url="$JDBC_URL" --db-user="$PG_USER" --levels="$LEVELS" --warmup="$WARMUP" \
  --duration="$DURATION" --results="$JDBC_TSV"

section "Summary"
bench summary --api="$API_TSV" --jdbc="$JDBC_TSV"

if [[ "$SKIP_INBOX" != "1" ]]; then
  section "Inbox listing"
  bench inbox --base-url="$BASE_URL" --token="$TOKEN" --login-email="$AGENT_EMAIL" \
    --login-password="$AGENT_PASSWORD" --jdbc-url="$JDBC_URL" --db-user="$PG_USER" \
    --seed-tickets="$SEED_TICKETS" --workers="$INBOX_WORKERS" --duration="$INBOX_DURATION" \
    --results="$INBOX_TSV"
  require_server
fi

section "Server log"
errors="$(grep -c -E '(^|[[:space:]])ERROR[[:space:]]' "$SERVER_LOG" || true)"
echo "ERROR lines in the server log: $errors ($SERVER_LOG)"
if ((errors > 0)); then
  grep -m 5 -E '(^|[[:space:]])ERROR[[:space:]]' "$SERVER_LOG" | cut -c1-400
fi
echo "server RSS at the end: $(server_rss_mib) MiB"
