#!/usr/bin/env bash
# The customer 360 on a large database (issue 12): 100,000 customers and 1,000,000 orders
# (with items, shipments and tracking events, returns, and tickets), generated inside
# PostgreSQL by bench/customer360/generate.sql, then a bounded load on loopback against
# GET /api/v1/customers/{id}/360 and the agent's page /app/customers/{id} for random
# customers. Goal: p95 < 50 ms for each.
#
# Settings (environment):
#   CUSTOMERS=100000  ORDERS=1000000   REQUESTS=2000 (per endpoint)  WARMUP=200  WORKERS=4
#   DB_NAME=meridian_customer360_bench (dropped and recreated!)       SKIP_BUILD=0
#   SERVER_JAVA_OPTS="-Xms512m -Xmx1g"   BENCH_JAVA_OPTS="-Xmx1g"      HEALTH_TIMEOUT=120
# Full output: bench/results/customer360-<timestamp>.txt
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
# shellcheck source=lib/servers.sh
source "$BENCH_DIR/lib/servers.sh"

CUSTOMERS="${CUSTOMERS:-100000}"
ORDERS="${ORDERS:-1000000}"
REQUESTS="${REQUESTS:-2000}"
WARMUP="${WARMUP:-200}"
WORKERS="${WORKERS:-4}"
DB_NAME="${DB_NAME:-meridian_customer360_bench}"

if [[ ! "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "DB_NAME must be a plain lower-case identifier, got: $DB_NAME" >&2
  exit 2
fi

TIMESTAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$BENCH_DIR/results"
mkdir -p "$RESULTS"
OUT="$RESULTS/customer360-$TIMESTAMP.txt"
SERVER_LOG="$RESULTS/server-customer360-$TIMESTAMP.log"
exec > >(tee "$OUT") 2>&1

cleanup() {
  local status=$?
  stop_servers
  echo "Full output: $OUT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

section "Customer 360 benchmark, $TIMESTAMP"
echo "commit:    $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown) ($(git -C "$ROOT" rev-parse --abbrev-ref HEAD 2>/dev/null || echo '?'))"
echo "machine:   $(nproc) cores, load $(load_average)"
echo "settings:  CUSTOMERS=$CUSTOMERS ORDERS=$ORDERS REQUESTS=$REQUESTS WARMUP=$WARMUP WORKERS=$WORKERS"
echo "server:    $("$SERVER_JAVA" -version 2>&1 | head -1), $SERVER_JAVA_OPTS; load generator and PostgreSQL on the same machine"

build_jars
section "Database $DB_NAME (recreated)"
recreate_database "$DB_NAME"

section "Server"
PORT="$(free_port)"
TOKEN="bench-$(random_hex 24)"
PASSWORD="bench-$(random_hex 12)"
AGENT="bench360@meridian.example"
start_server "$PORT" "$SERVER_LOG" \
  MERIDIAN_DATABASE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME" \
  MERIDIAN_DATABASE_USER="$PG_USER" \
  MERIDIAN_DATABASE_PASSWORD="unused-with-trust-auth" \
  MERIDIAN_BOOTSTRAP_TOKEN="$TOKEN" \
  MERIDIAN_DEMO_ENABLED=false
SERVER_PID="$STARTED_PID"
wait_healthy "$SERVER_PID" "$PORT" "$SERVER_LOG"
BASE_URL="http://127.0.0.1:$PORT"
bench setup --base-url="$BASE_URL" --token="$TOKEN" --agent-email="$AGENT" --agent-password="$PASSWORD"

section "Data: $CUSTOMERS customers, $ORDERS orders (generate_series in PostgreSQL)"
started=$SECONDS
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB_NAME" -q -v ON_ERROR_STOP=1 \
  -v customers="$CUSTOMERS" -v orders="$ORDERS" -f "$BENCH_DIR/customer360/generate.sql"
echo "generated in $((SECONDS - started)) s; database size $(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB_NAME" -qAt -c "select pg_size_pretty(pg_database_size(current_database()))")"

section "Query plans (customer 1, the one with the most orders)"
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB_NAME" -qAt <<'SQL'
explain (costs off) select * from commerce_orders where customer_id = '00000000-0000-4000-8000-000000000001'
  order by placed_at desc, id desc limit 10;
explain (costs off) select * from tickets where customer_id = '00000000-0000-4000-8000-00000000000a'
  order by created_at desc, id desc limit 10;
explain (costs off) select * from commerce_shipments where order_id in
  ('00000000-0000-4000-9000-000000000005', '00000000-0000-4000-9000-00000000000a') order by order_id, created_at, id;
explain (costs off) select * from commerce_returns where order_id in
  ('00000000-0000-4000-9000-000000000032', '00000000-0000-4000-9000-000000000064');
select 'orders of customer 1: ' || count(*) from commerce_orders where customer_id = '00000000-0000-4000-8000-000000000001';
SQL

section "Load: $REQUESTS requests per endpoint, $WORKERS workers"
bench customer360 --base-url="$BASE_URL" --token="$TOKEN" --login-email="$AGENT" --login-password="$PASSWORD" \
  --customers="$CUSTOMERS" --requests="$REQUESTS" --warmup="$WARMUP" --workers="$WORKERS" \
  --results="$RESULTS/customer360-$TIMESTAMP.tsv"

section "Server log"
errors_in "$SERVER_LOG"
echo "server RSS at the end: $(rss_mib "$SERVER_PID") MiB"
