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
# The java that runs the server, e.g. a JDK 21+ where virtual threads switch on: SERVER_JAVA.
# shellcheck source=lib/servers.sh
source "$BENCH_DIR/lib/servers.sh"

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
  stop_servers
  echo "Full output: $OUT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

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
server_rss_mib() { rss_mib "$SERVER_PID"; }

section "Meridian API benchmark, $TIMESTAMP"
echo "commit:    $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown) ($(git -C "$ROOT" rev-parse --abbrev-ref HEAD 2>/dev/null || echo '?'))"
echo "machine:   $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:      $(java -version 2>&1 | head -1)"
echo "postgres:  $(psql_admin -c 'show server_version')  on $PG_HOST:$PG_PORT, database $DB_NAME"
echo "settings:  LEVELS=$LEVELS DURATION=$DURATION WARMUP=$WARMUP JIT_WARMUP=$JIT_WARMUP SKIP_INBOX=$SKIP_INBOX INBOX_WORKERS=$INBOX_WORKERS INBOX_DURATION=$INBOX_DURATION SEED_TICKETS=$SEED_TICKETS"
echo "server:    $("$SERVER_JAVA" -version 2>&1 | head -1), $SERVER_JAVA_OPTS; load generator: java $BENCH_JAVA_OPTS (same machine)"

build_jars

section "Database $DB_NAME (recreated)"
recreate_database "$DB_NAME"

section "Server"
PORT="$(free_port)"
TOKEN="bench-$(random_hex 24)"
AGENT_EMAIL="bench@meridian.example"
AGENT_PASSWORD="bench-$(random_hex 12)"
BASE_URL="http://127.0.0.1:$PORT"
JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME"

start_server "$PORT" "$SERVER_LOG" MERIDIAN_DATABASE_URL="$JDBC_URL" MERIDIAN_DATABASE_USER="$PG_USER" \
  MERIDIAN_DATABASE_PASSWORD="unused-with-trust-auth" MERIDIAN_BOOTSTRAP_TOKEN="$TOKEN"
SERVER_PID="$STARTED_PID"
wait_healthy "$SERVER_PID" "$PORT" "$SERVER_LOG"

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
errors_in "$SERVER_LOG"
echo "server RSS at the end: $(server_rss_mib) MiB"
