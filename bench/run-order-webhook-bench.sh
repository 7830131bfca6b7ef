#!/usr/bin/env bash
# Shopify order webhooks under load: posts COUNT signed orders/create deliveries (a share of
# them twice, as Shopify retries) at a Meridian server and prints throughput, latency and
# the answers (created / duplicate). Loopback only.
#
# Against a running server:
#   BASE_URL=http://127.0.0.1:8080 SHOPIFY_SECRET=<meridian.commerce.shopify.secret> bench/run-order-webhook-bench.sh
# Without BASE_URL it builds and starts a server of its own on DB_NAME (dropped and
# recreated!) with a generated secret, and stops it at the end.
#
# Settings (environment):
#   COUNT=200            deliveries (orders)            WORKERS=4   concurrent senders
#   REPLAY_SHARE=0.1     share of deliveries sent again with the same X-Shopify-Webhook-Id
#   SHOP=bench-store.myshopify.com                       SKIP_BUILD=0  1 reuses built jars
#   DB_NAME=meridian_webhook_bench (only when starting a server)   HEALTH_TIMEOUT=120
#   SERVER_JAVA_OPTS="-Xms512m -Xmx1g"                   BENCH_JAVA_OPTS="-Xmx1g"
# Full output: bench/results/order-webhooks-<timestamp>.txt
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
# shellcheck source=lib/servers.sh
source "$BENCH_DIR/lib/servers.sh"

COUNT="${COUNT:-200}"
WORKERS="${WORKERS:-4}"
REPLAY_SHARE="${REPLAY_SHARE:-0.1}"
SHOP="${SHOP:-bench-store.myshopify.com}"
DB_NAME="${DB_NAME:-meridian_webhook_bench}"
BASE_URL="${BASE_URL:-}"
SHOPIFY_SECRET="${SHOPIFY_SECRET:-}"

if [[ ! "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "DB_NAME must be a plain lower-case identifier, got: $DB_NAME" >&2
  exit 2
fi
if [[ -n "$BASE_URL" && -z "$SHOPIFY_SECRET" ]]; then
  echo "BASE_URL is set: give the server's meridian.commerce.shopify.secret as SHOPIFY_SECRET" >&2
  exit 2
fi

TIMESTAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$BENCH_DIR/results"
mkdir -p "$RESULTS"
OUT="$RESULTS/order-webhooks-$TIMESTAMP.txt"
SERVER_LOG="$RESULTS/server-order-webhooks-$TIMESTAMP.log"
exec > >(tee "$OUT") 2>&1

cleanup() {
  local status=$?
  stop_servers
  echo "Full output: $OUT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

section "Shopify order webhook benchmark, $TIMESTAMP"
echo "commit:    $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown) ($(git -C "$ROOT" rev-parse --abbrev-ref HEAD 2>/dev/null || echo '?'))"
echo "machine:   $(nproc) cores, load $(load_average)"
echo "settings:  COUNT=$COUNT WORKERS=$WORKERS REPLAY_SHARE=$REPLAY_SHARE SHOP=$SHOP"

if [[ -z "$BASE_URL" ]]; then
  build_jars
  section "Database $DB_NAME (recreated)"
  recreate_database "$DB_NAME"
  section "Server"
  PORT="$(free_port)"
  SHOPIFY_SECRET="bench-$(random_hex 24)"
  start_server "$PORT" "$SERVER_LOG" \
    MERIDIAN_DATABASE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME" \
    MERIDIAN_DATABASE_USER="$PG_USER" \
    MERIDIAN_DATABASE_PASSWORD="unused-with-trust-auth" \
    MERIDIAN_DEMO_ENABLED=false \
    MERIDIAN_COMMERCE_SHOPIFY_SECRET="$SHOPIFY_SECRET"
  SERVER_PID="$STARTED_PID"
  wait_healthy "$SERVER_PID" "$PORT" "$SERVER_LOG"
  BASE_URL="http://127.0.0.1:$PORT"
else
  # Only the load generator is needed against a running server.
  if [[ "$SKIP_BUILD" != "1" ]]; then
    "$ROOT/mvnw" -q -f "$BENCH_DIR/pom.xml" package
  fi
  [[ -f "$BENCH_JAR" ]] || { echo "Missing $BENCH_JAR" >&2; exit 1; }
  curl -fsS --max-time 5 "$BASE_URL/actuator/health" | grep -q '"UP"' \
    || { echo "$BASE_URL is not healthy" >&2; exit 1; }
fi

section "Signed orders/create deliveries"
bench order-webhooks --base-url="$BASE_URL" --secret="$SHOPIFY_SECRET" --shop="$SHOP" --count="$COUNT" \
  --workers="$WORKERS" --replay-share="$REPLAY_SHARE"

if [[ -n "${SERVER_PID:-}" ]]; then
  section "Stored"
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB_NAME" -qAt -c \
    "select 'orders ' || count(*) from commerce_orders where shop = '$SHOP'
     union all select 'deliveries ' || count(*) from commerce_webhook_deliveries where shop = '$SHOP'
     union all select 'customers ' || count(distinct customer_id) from commerce_orders where shop = '$SHOP'"
  section "Server log"
  errors_in "$SERVER_LOG"
  echo "server RSS at the end: $(rss_mib "$SERVER_PID") MiB"
fi
