#!/usr/bin/env bash
# Meridian on several nodes: ticket creation through the API with one server, then with two
# servers on the same PostgreSQL database and the same OpenSearch node (search backend
# "opensearch", as a cluster runs), the load split evenly between them; prints both
# throughputs and their ratio. Everything on this machine (127.0.0.1): on one small
# machine the second node competes with the first for the same cores, so the ratio says
# what a second node costs or brings here, not what a second machine would bring.
# Results: bench/results/nodes-<timestamp>.txt (with the load average beside each figure).
#
# Settings (environment):
#   WORKERS=8       concurrent clients in total (two nodes: WORKERS/2 on each)
#   DURATION=20     measured seconds          WARMUP=5  warm-up seconds
#   JIT_WARMUP=15   seconds of uncounted requests on each fresh server first
#   DB_NAME=meridian_nodes_bench (dropped and recreated!)   SKIP_BUILD=0  HEALTH_TIMEOUT=180
#   SERVER_JAVA_OPTS="-Xms512m -Xmx1g"  BENCH_JAVA_OPTS="-Xmx1g"  OPENSEARCH_TIMEOUT=180
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
WORKERS="${WORKERS:-8}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-5}"
JIT_WARMUP="${JIT_WARMUP:-15}"
DB_NAME="${DB_NAME:-meridian_nodes_bench}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-180}"
OPENSEARCH_TIMEOUT="${OPENSEARCH_TIMEOUT:-180}"
# shellcheck source=lib/servers.sh
source "$BENCH_DIR/lib/servers.sh"

if [[ ! "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "DB_NAME must be a plain lower-case identifier, got: $DB_NAME" >&2
  exit 2
fi
if ((WORKERS < 2 || WORKERS % 2 != 0)); then
  echo "WORKERS must be an even number of at least 2, got: $WORKERS" >&2
  exit 2
fi

TIMESTAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$BENCH_DIR/results"
WORK="$BENCH_DIR/target/nodes-$TIMESTAMP"
mkdir -p "$RESULTS" "$WORK"
OUT="$RESULTS/nodes-$TIMESTAMP.txt"
exec > >(tee "$OUT") 2>&1

OPENSEARCH_PID=""
cleanup() {
  local status=$?
  stop_servers
  if [[ -n "$OPENSEARCH_PID" ]]; then
    # Closing its standard input stops the node and removes its data.
    exec 7>&- || true
    for _ in $(seq 1 30); do
      kill -0 "$OPENSEARCH_PID" 2>/dev/null || break
      sleep 1
    done
    stop_pid "$OPENSEARCH_PID"
  fi
  echo "Full output: $OUT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

section "Meridian on one and two nodes, $TIMESTAMP"
echo "commit:    $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown) ($(git -C "$ROOT" rev-parse --abbrev-ref HEAD 2>/dev/null || echo '?'))"
echo "machine:   $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load $(load_average)"
echo "settings:  WORKERS=$WORKERS DURATION=$DURATION WARMUP=$WARMUP JIT_WARMUP=$JIT_WARMUP DB_NAME=$DB_NAME"
echo "servers:   $("$SERVER_JAVA" -version 2>&1 | head -1), $SERVER_JAVA_OPTS each; load generator: java $BENCH_JAVA_OPTS (same machine)"

build_jars

section "OpenSearch (the tests' node: src/test/opensearch)"
CLASSPATH_FILE="$ROOT/target/opensearch/classpath.txt"
if [[ ! -s "$CLASSPATH_FILE" ]]; then
  mkdir -p "$(dirname "$CLASSPATH_FILE")"
  "$ROOT/mvnw" -q -B -f "$ROOT/src/test/opensearch/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$CLASSPATH_FILE"
fi
OPENSEARCH_PORT="$(free_port)"
OPENSEARCH_LOG="$WORK/opensearch.log"
mkfifo "$WORK/opensearch.stdin"
(cd "$ROOT" && exec java -Xms256m -Xmx512m -cp "$(cat "$CLASSPATH_FILE")" src/test/opensearch/OpenSearchNodeMain.java \
  "$WORK/opensearch" "$OPENSEARCH_PORT" "$(free_port)") <"$WORK/opensearch.stdin" >"$OPENSEARCH_LOG" 2>&1 &
OPENSEARCH_PID=$!
exec 7>"$WORK/opensearch.stdin"
started=$SECONDS
until grep -q READY "$OPENSEARCH_LOG" 2>/dev/null; do
  if ! kill -0 "$OPENSEARCH_PID" 2>/dev/null || ((SECONDS - started >= OPENSEARCH_TIMEOUT)); then
    echo "OpenSearch did not start; last lines of its log:"
    tail -n 30 "$OPENSEARCH_LOG"
    exit 1
  fi
  sleep 1
done
echo "OpenSearch 2.19 ready on 127.0.0.1:$OPENSEARCH_PORT after $((SECONDS - started)) s"

section "Database $DB_NAME (recreated)"
recreate_database "$DB_NAME"

TOKEN="bench-$(random_hex 24)"
NODE_ENV=(MERIDIAN_DATABASE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME" MERIDIAN_DATABASE_USER="$PG_USER"
  MERIDIAN_DATABASE_PASSWORD="unused-with-trust-auth" MERIDIAN_BOOTSTRAP_TOKEN="$TOKEN"
  MERIDIAN_SEARCH_BACKEND=opensearch MERIDIAN_SEARCH_OPENSEARCH_URIS="http://127.0.0.1:$OPENSEARCH_PORT"
  MERIDIAN_SEARCH_OPENSEARCH_LANGUAGEPLUGINS=false)

section "Node A"
PORT_A="$(free_port)"
start_server "$PORT_A" "$WORK/node-a.log" "${NODE_ENV[@]}"
PID_A=$STARTED_PID
wait_healthy "$PID_A" "$PORT_A" "$WORK/node-a.log"
bench setup --base-url="http://127.0.0.1:$PORT_A" --token="$TOKEN" --agent-email="bench@meridian.example" \
  --agent-password="bench-$(random_hex 12)"

section "Ticket creation, one node, $WORKERS workers"
ONE_LOAD="$(load_average)"
bench tickets --base-url="http://127.0.0.1:$PORT_A" --token="$TOKEN" --levels="$WORKERS" --warmup="$WARMUP" \
  --duration="$DURATION" --jit-warmup="$JIT_WARMUP" --results="$WORK/one-node.tsv"
ONE_LOAD="$ONE_LOAD -> $(load_average)"

section "Node B (same database, same OpenSearch)"
PORT_B="$(free_port)"
start_server "$PORT_B" "$WORK/node-b.log" "${NODE_ENV[@]}"
PID_B=$STARTED_PID
wait_healthy "$PID_B" "$PORT_B" "$WORK/node-b.log"

# Node B's JIT warms up alone first: warming it while node A is measured starved both
# (in the first run node B managed 15 tickets in its 15 s warm-up and its p99 was 10 s).
bench tickets --base-url="http://127.0.0.1:$PORT_B" --token="$TOKEN" --levels="$WORKERS" --warmup=0 \
  --duration="$JIT_WARMUP" --jit-warmup=0 --results="$WORK/node-b-warmup.tsv" >"$WORK/node-b-warmup.txt" 2>&1

section "Ticket creation, two nodes, $((WORKERS / 2)) workers on each"
TWO_LOAD="$(load_average)"
bench tickets --base-url="http://127.0.0.1:$PORT_A" --token="$TOKEN" --levels="$((WORKERS / 2))" --warmup="$WARMUP" \
  --duration="$DURATION" --jit-warmup=0 --results="$WORK/two-nodes-a.tsv" >"$WORK/two-nodes-a.txt" 2>&1 &
LOAD_A=$!
bench tickets --base-url="http://127.0.0.1:$PORT_B" --token="$TOKEN" --levels="$((WORKERS / 2))" --warmup="$WARMUP" \
  --duration="$DURATION" --jit-warmup=0 --results="$WORK/two-nodes-b.tsv" >"$WORK/two-nodes-b.txt" 2>&1 &
LOAD_B=$!
wait "$LOAD_A"
wait "$LOAD_B"
TWO_LOAD="$TWO_LOAD -> $(load_average)"
cat "$WORK/two-nodes-a.txt" "$WORK/two-nodes-b.txt"

section "Summary"
# TSV: label, concurrency, successes, errors, seconds, p50, p95, p99, max (LevelResult).
awk -F'\t' -v one_load="$ONE_LOAD" -v two_load="$TWO_LOAD" '
  FILENAME ~ /one-node/ { one += $3 / $5; one_errors += $4; one_p99 = $8 }
  FILENAME ~ /two-nodes/ { two += $3 / $5; two_errors += $4; if ($8 > two_p99) two_p99 = $8 }
  END {
    printf "one node : %8.1f tickets/s  p99 %7.1f ms  errors %d   (load average %s)\n", one, one_p99, one_errors, one_load
    printf "two nodes: %8.1f tickets/s  p99 %7.1f ms  errors %d   (load average %s; p99 the worse node)\n", two, two_p99, two_errors, two_load
    printf "ratio two/one: %.2f\n", (one > 0 ? two / one : 0)
  }' "$WORK/one-node.tsv" "$WORK/two-nodes-a.tsv" "$WORK/two-nodes-b.tsv"
echo "tickets in the database: $(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB_NAME" -qAt -c 'select count(*) from tickets')"
echo "search outbox left to index: $(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB_NAME" -qAt -c 'select count(*) from hsearch_outbox_event')"
errors_in "$WORK/node-a.log"
errors_in "$WORK/node-b.log"
