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
read -r -a SERVER_JAVA_ARGS <<<"$SERVER_JAVA_OPTS"
read -r -a BENCH_JAVA_ARGS <<<"$BENCH_JAVA_OPTS"
PG_HOST=127.0.0.1
PG_PORT=5432
PG_USER=postgres
SERVER_JAR="$ROOT/target/meridian-0.1.0-SNAPSHOT.jar"
BENCH_JAR="$BENCH_DIR/target/meridian-bench.jar"
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
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$INDEX_DIR"
  echo "Full output: $OUT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

section() { printf '\n######## %s   (load average %s)\n' "$*" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
psql_admin() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
bench() { java "${BENCH_JAVA_ARGS[@]}" -jar "$BENCH_JAR" "$@"; }
random_hex() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

section "Meridian knowledge search benchmark, $TIMESTAMP"
echo "commit:   $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "machine:  $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), shared with other work"
echo "settings: ARTICLES=$ARTICLES MESSAGES=$MESSAGES MESSAGES_PER_TICKET=$MESSAGES_PER_TICKET WORKERS=$WORKERS WARMUP=$WARMUP DURATION=$DURATION INDEX_THREADS=$INDEX_THREADS"
echo "server:   $(java -version 2>&1 | head -1), $SERVER_JAVA_OPTS; load generator on the same machine"

if [[ "$SKIP_BUILD" != "1" ]]; then
  section "Build"
  (cd "$ROOT" && ./mvnw -q -DskipTests package)
  "$ROOT/mvnw" -q -f "$BENCH_DIR/pom.xml" package
fi

section "Database $DB_NAME (recreated)"
psql_admin -c "drop database if exists $DB_NAME with (force)"
psql_admin -c "create database $DB_NAME"

section "Server"
PORT="$(free_port)"
TOKEN="bench-$(random_hex 24)"
BASE_URL="http://127.0.0.1:$PORT"
JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME"
MERIDIAN_DATABASE_URL="$JDBC_URL" MERIDIAN_DATABASE_USER="$PG_USER" MERIDIAN_DATABASE_PASSWORD="unused" \
MERIDIAN_BOOTSTRAP_TOKEN="$TOKEN" MERIDIAN_DEMO_ENABLED=false SERVER_PORT="$PORT" \
MERIDIAN_KNOWLEDGE_INDEXDIRECTORY="$INDEX_DIR" MERIDIAN_KNOWLEDGE_REINDEXEMPTYONSTART=false \
  java "${SERVER_JAVA_ARGS[@]}" -jar "$SERVER_JAR" >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!
started=$SECONDS
until curl -fsS --max-time 2 "$BASE_URL/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 40 "$SERVER_LOG"; exit 1; }
  ((SECONDS - started < HEALTH_TIMEOUT)) || { echo "no health after $HEALTH_TIMEOUT s"; exit 1; }
  sleep 1
done
echo "up on $BASE_URL after $((SECONDS - started)) s"

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
echo "server RSS: $(ps -o rss= -p "$SERVER_PID" | awk '{printf "%.0f MiB", $1 / 1024}')"
