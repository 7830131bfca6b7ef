#!/usr/bin/env bash
# Reports (issue 15) on this machine only (127.0.0.1): the report summary over one year of
# rollups seeded straight into PostgreSQL (TICKETS tickets, ANSWERS survey answers, 30
# markets, 15 languages), grouped by market and by language, one request at a time after a
# warm-up (p50/p95/p99 of REPETITIONS requests; goal p95 < 200 ms); then the rollup update
# cost per ticket event: EVENTS tickets opened, replied to and solved through the API, each
# event's update timed by the server (meridian_analytics_rollup_seconds: the delta row the
# event appends; goal < 1 ms), and the background fold's cost per delta it moved into the
# rollups (meridian_analytics_fold_seconds / meridian_analytics_folded_deltas).
# Full output: bench/results/reports-<timestamp>.txt, with the load average beside each
# section.
#
# Settings (environment):
#   TICKETS=1000000  ANSWERS=200000  YEAR_START=2025-01-01 (UTC)  ZONE=Europe/Berlin (the viewer's)
#   REPETITIONS=1000  WARMUP=100  EVENTS=2000  EVENT_THREADS=4
#   DB_NAME=meridian_reports_bench (dropped and recreated!)  SKIP_BUILD=0  HEALTH_TIMEOUT=180
#   SKIP_SEED=0 (1: keep the database a previous run seeded, three minutes at full size, and
#   measure on it again; its rollups then also hold that run's event tickets)  EVENTS=0 skips the events
#   SERVER_JAVA_OPTS="-Xms1g -Xmx1g"
# A small run that proves it works: TICKETS=50000 ANSWERS=10000 REPETITIONS=200 WARMUP=20 EVENTS=200
# A smoke run (seconds, no figures): TICKETS=1000 ANSWERS=100 REPETITIONS=3 WARMUP=1 EVENTS=10 EVENT_THREADS=2
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
TICKETS="${TICKETS:-1000000}"
ANSWERS="${ANSWERS:-200000}"
YEAR_START="${YEAR_START:-2025-01-01}"
ZONE="${ZONE:-Europe/Berlin}"
REPETITIONS="${REPETITIONS:-1000}"
WARMUP="${WARMUP:-100}"
EVENTS="${EVENTS:-2000}"
EVENT_THREADS="${EVENT_THREADS:-4}"
DB_NAME="${DB_NAME:-meridian_reports_bench}"
SKIP_SEED="${SKIP_SEED:-0}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-180}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xms1g -Xmx1g}"
# shellcheck source=lib/servers.sh
source "$BENCH_DIR/lib/servers.sh"

if [[ ! "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "DB_NAME must be a plain lower-case identifier, got: $DB_NAME" >&2
  exit 2
fi

TIMESTAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$BENCH_DIR/results"
WORK="$BENCH_DIR/target/reports-$TIMESTAMP"
mkdir -p "$RESULTS" "$WORK"
OUT="$RESULTS/reports-$TIMESTAMP.txt"
exec > >(tee "$OUT") 2>&1

cleanup() {
  local status=$?
  stop_servers
  echo "Full output: $OUT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

section "Reports, $TIMESTAMP"
echo "commit:    $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "machine:   $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load $(load_average)"
echo "settings:  TICKETS=$TICKETS ANSWERS=$ANSWERS YEAR_START=$YEAR_START ZONE=$ZONE REPETITIONS=$REPETITIONS WARMUP=$WARMUP EVENTS=$EVENTS EVENT_THREADS=$EVENT_THREADS"
echo "server:    $("$SERVER_JAVA" -version 2>&1 | head -1), $SERVER_JAVA_OPTS; PostgreSQL $(psql_admin -c 'show server_version')"

# Only the server jar: the load driver is one source file the JDK runs as it is.
if [[ "$SKIP_BUILD" != "1" ]]; then
  section "Build"
  (cd "$ROOT" && ./mvnw -q -DskipTests package)
fi
[[ -f "$SERVER_JAR" ]] || { echo "Missing $SERVER_JAR (build failed or SKIP_BUILD=1 without a build)" >&2; exit 1; }
mkdir -p "$BENCH_DIR/target"

TOKEN="bench-$(random_hex 16)"
if [[ "$SKIP_SEED" != "1" ]]; then
  recreate_database "$DB_NAME"
fi
PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
start_server "$PORT" "$WORK/server.log" MERIDIAN_DATABASE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME" \
  MERIDIAN_DATABASE_USER="$PG_USER" MERIDIAN_DATABASE_PASSWORD="unused-with-trust-auth" \
  MERIDIAN_BOOTSTRAP_TOKEN="$TOKEN" MERIDIAN_DEMO_ENABLED=false
wait_healthy "$STARTED_PID" "$PORT" "$WORK/server.log"

if [[ "$SKIP_SEED" == "1" ]]; then
  section "Seed: kept from an earlier run (SKIP_SEED=1)"
  psql_admin -d "$DB_NAME" -c "select count(*) || ' rollup rows, ' || pg_size_pretty(pg_total_relation_size('analytics_rollups')) from analytics_rollups"
else
  section "Seed: $TICKETS tickets, $ANSWERS survey answers over the year from $YEAR_START, straight into the rollups"
  started=$SECONDS
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB_NAME" -v ON_ERROR_STOP=1 -qAt \
    -v tickets="$TICKETS" -v answers="$ANSWERS" -v year_start="$YEAR_START" -f "$BENCH_DIR/reports/seed.sql"
  echo "seeded in $((SECONDS - started)) s"
fi

FROM="$YEAR_START"
TO="$(date -u -d "$YEAR_START + 364 days" +%F)"
DRIVER=(java -Xmx256m "$BENCH_DIR/reports/ReportsBench.java")
section "Report summary over $FROM..$TO (days in $ZONE), one request at a time"
for by in market language; do
  "${DRIVER[@]}" summary "$BASE" "$TOKEN" "from=$FROM&to=$TO&zone=$ZONE&groupBy=$by" "$REPETITIONS" "$WARMUP"
done
# With customer retention, as the screen and the CSV have it (the API only when asked).
"${DRIVER[@]}" summary "$BASE" "$TOKEN" "from=$FROM&to=$TO&zone=$ZONE&groupBy=market&retention=true" "$REPETITIONS" "$WARMUP"
# Slices that read the full dimensions rather than the market × language rows.
"${DRIVER[@]}" summary "$BASE" "$TOKEN" "from=$FROM&to=$TO&zone=$ZONE&groupBy=channel" "$REPETITIONS" "$WARMUP"
"${DRIVER[@]}" summary "$BASE" "$TOKEN" "from=$FROM&to=$TO&zone=$ZONE&groupBy=language&market=DE&channel=email" "$REPETITIONS" "$WARMUP"

if (( EVENTS > 0 )); then
  section "Rollup update per ticket event: $EVENTS tickets opened, replied to and solved through the API"
  curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -o /dev/null \
    -d '{"code":"DE","name":"Germany","languages":["de"],"currency":"EUR","timeZone":"Europe/Berlin","launchStatus":"live"}' \
    "$BASE/api/v1/markets" || true
  "${DRIVER[@]}" events "$BASE" "$TOKEN" "$EVENTS" "$EVENT_THREADS"

fi

section "Server"
echo "RSS $(rss_mib "$STARTED_PID") MiB"
errors_in "$WORK/server.log"
