#!/usr/bin/env bash
# Knowledge search benchmark, on this machine only (127.0.0.1): builds the server and the
# bench jar, recreates the database, starts the server (external-database mode, its own
# index directory), seeds article translations and ticket messages in ten languages by
# COPY, times the server's mass indexing (POST /api/v1/knowledge/reindex), then measures
# article and message search latency under a bounded closed-loop load. Full output:
# bench/results/knowledge-<timestamp>.txt
#
# Settings (environment):
#   ARTICLES=100000  MESSAGES=1000000  MESSAGES_PER_TICKET=10
#   WORKERS=4 (concurrent searches)  WARMUP=15  DURATION=30 (seconds per kind)
#   INDEX_THREADS=2 (mass indexer loading threads)  SKIP_BUILD=0
#   DB_NAME=meridian_bench_knowledge (dropped and recreated!)  HEALTH_TIMEOUT=180
#   SERVER_JAVA_OPTS="-Xms1g -Xmx3g"  BENCH_JAVA_OPTS="-Xmx1g"
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
ARTICLES="${ARTICLES:-100000}"
MESSAGES="${MESSAGES:-1000000}"
MESSAGES_PER_TICKET="${MESSAGES_PER_TICKET:-10}"
WORKERS="${WORKERS:-4}"
WARMUP="${WARMUP:-15}"
DURATION="${DURATION:-30}"
INDEX_THREADS="${INDEX_THREADS:-2}"
SKIP_BUILD="${SKIP_BUILD:-0}"
DB_NAME="${DB_NAME:-meridian_bench_knowledge}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-180}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xms1g -Xmx3g}"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g}"
# shellcheck source=lib/servers.sh
source "$BENCH_DIR/lib/servers.sh"
[[ "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "DB_NAME must be a plain identifier" >&2; exit 2; }

TIMESTAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$BENCH_DIR/results"
mkdir -p "$RESULTS"
OUT="$RESULTS/knowledge-$TIMESTAMP.txt"
SERVER_LOG="$RESULTS/knowledge-server-$TIMESTAMP.log"
INDEX_DIR="$BENCH_DIR/target/knowledge-index-$TIMESTAMP"
exec > >(tee "$OUT") 2>&1

SERVER_PID=""
cleanup() {
  local status=$?
  stop_servers
  rm -rf "$INDEX_DIR"
  echo "Full output: $OUT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

section "Meridian knowledge search benchmark, $TIMESTAMP"
echo "commit:   $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "machine:  $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), shared with other work"
echo "settings: ARTICLES=$ARTICLES MESSAGES=$MESSAGES MESSAGES_PER_TICKET=$MESSAGES_PER_TICKET WORKERS=$WORKERS WARMUP=$WARMUP DURATION=$DURATION INDEX_THREADS=$INDEX_THREADS"
echo "server:   $(java -version 2>&1 | head -1), $SERVER_JAVA_OPTS; load generator on the same machine"

build_jars

section "Database $DB_NAME (recreated)"
recreate_database "$DB_NAME"

section "Server"
PORT="$(free_port)"
TOKEN="bench-$(random_hex 24)"
BASE_URL="http://127.0.0.1:$PORT"
JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME"
start_server "$PORT" "$SERVER_LOG" MERIDIAN_DATABASE_URL="$JDBC_URL" MERIDIAN_DATABASE_USER="$PG_USER" \
  MERIDIAN_DATABASE_PASSWORD="unused" MERIDIAN_BOOTSTRAP_TOKEN="$TOKEN" MERIDIAN_DEMO_ENABLED=false \
  MERIDIAN_KNOWLEDGE_INDEXDIRECTORY="$INDEX_DIR" MERIDIAN_KNOWLEDGE_REINDEXEMPTYONSTART=false
SERVER_PID="$STARTED_PID"
wait_healthy "$SERVER_PID" "$PORT" "$SERVER_LOG"

section "Seed"
bench knowledge-seed --jdbc-url="$JDBC_URL" --articles="$ARTICLES" --messages="$MESSAGES" \
  --messages-per-ticket="$MESSAGES_PER_TICKET"

section "Mass indexing"
reindex="$(curl -fsS --max-time 36000 -X POST -H "Authorization: Bearer $TOKEN" "$BASE_URL/api/v1/knowledge/reindex?threads=$INDEX_THREADS")"
echo "$reindex"
python3 - "$reindex" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
docs = sum(r["documents"].values())
print(f"indexed {docs} documents in {r['millis'] / 1000:.1f} s: {docs / (r['millis'] / 1000):.0f} documents/s")
PY
echo "index on disk: $(du -sh "$INDEX_DIR" | cut -f1)"

# Dictionaries are read in the background after start-up; cross-language search needs them.
for _ in $(seq 1 120); do grep -q "Dictionary jpn" "$SERVER_LOG" && break; sleep 1; done

section "Article search"
bench knowledge-search --base-url="$BASE_URL" --token="$TOKEN" --kind=articles --workers="$WORKERS" \
  --warmup="$WARMUP" --duration="$DURATION"
section "Message search"
bench knowledge-search --base-url="$BASE_URL" --token="$TOKEN" --kind=messages --workers="$WORKERS" \
  --warmup="$WARMUP" --duration="$DURATION"
echo "server RSS: $(rss_mib "$SERVER_PID") MiB"
