#!/usr/bin/env bash
# Live chat on this machine only (127.0.0.1): how many idle widget sockets one node holds
# with a 1 GB heap, and the latency of a visitor's message to the agents' console at a
# fixed rate, on one node (Spring's in-memory broker) and across two nodes (visitor on node
# A, agents on node B, Spring's STOMP relay through the machine's RabbitMQ). Also the
# widget's size as served (gzip). Full output: bench/results/chat-<timestamp>.txt, with the
# load average beside each section (the load generator shares the machine's 2 cores).
#
# Settings (environment):
#   SESSIONS=10000  CONVERSATIONS=$SESSIONS (sockets spread over them, as a visitor's tabs)
#   HOLD=30 (seconds idle)  RATES="100 250 500" (messages/s, one run each)  LATENCY_CONVERSATIONS=200  WARMUP=10  DURATION=30
#   DB_NAME=meridian_chat_bench (dropped and recreated!)  SKIP_BUILD=0  HEALTH_TIMEOUT=180
#   SERVER_JAVA_OPTS="-Xms1g -Xmx1g"  BENCH_JAVA_OPTS="-Xmx2g"
#   PHASES="idle latency nodes" (any of them: idle sockets, latency on one node, on two nodes)
#   SETTLE_RATE=150 SETTLE_ROUND=30 SETTLE_COMPILES=300 SETTLE_MAX=10: before the measured
#   rates, each fresh node takes lines at SETTLE_RATE in rounds of SETTLE_ROUND seconds
#   until its JIT compiled fewer than SETTLE_COMPILES methods in a round (at most
#   SETTLE_MAX rounds; SETTLE_MAX=0 measures a cold node). On 2 shared cores the C2
#   compiler still took a third of the CPU four minutes into a run: a figure measured
#   before that is the JIT's, not the steady state's of a node that has run for hours.
#   SEND=socket (visitors' lines over their open sockets, as the widget sends them once
#   connected) or SEND=http (POST /chat/v1/conversations/{id}/messages, as before)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
SESSIONS="${SESSIONS:-10000}"
CONVERSATIONS="${CONVERSATIONS:-$SESSIONS}"
HOLD="${HOLD:-30}"
RATES="${RATES:-${RATE:-100 250 500}}"
LATENCY_CONVERSATIONS="${LATENCY_CONVERSATIONS:-200}"
WARMUP="${WARMUP:-10}"
DURATION="${DURATION:-30}"
DB_NAME="${DB_NAME:-meridian_chat_bench}"
PHASES="${PHASES:-idle latency nodes}"
SEND="${SEND:-socket}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-180}"
SETTLE_RATE="${SETTLE_RATE:-150}"
SETTLE_ROUND="${SETTLE_ROUND:-30}"
SETTLE_COMPILES="${SETTLE_COMPILES:-300}"
SETTLE_MAX="${SETTLE_MAX:-10}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xms1g -Xmx1g}"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx2g}"
# shellcheck source=lib/servers.sh
source "$BENCH_DIR/lib/servers.sh"

if [[ ! "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "DB_NAME must be a plain lower-case identifier, got: $DB_NAME" >&2
  exit 2
fi
# One socket is one file descriptor on each side.
ulimit -n "$(( SESSIONS * 2 + 10000 ))" 2>/dev/null || ulimit -n "$(ulimit -Hn)"

TIMESTAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$BENCH_DIR/results"
WORK="$BENCH_DIR/target/chat-$TIMESTAMP"
mkdir -p "$RESULTS" "$WORK"
OUT="$RESULTS/chat-$TIMESTAMP.txt"
exec > >(tee "$OUT") 2>&1

cleanup() {
  local status=$?
  stop_servers
  echo "Full output: $OUT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

section "Live chat, $TIMESTAMP"
echo "commit:    $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "machine:   $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load $(load_average), open files $(ulimit -n)"
echo "settings:  SETTLE_RATE=$SETTLE_RATE SETTLE_ROUND=$SETTLE_ROUND SETTLE_COMPILES=$SETTLE_COMPILES SETTLE_MAX=$SETTLE_MAX"
echo "settings:  SEND=$SEND PHASES=\"$PHASES\" SESSIONS=$SESSIONS CONVERSATIONS=$CONVERSATIONS HOLD=$HOLD RATES=\"$RATES\" LATENCY_CONVERSATIONS=$LATENCY_CONVERSATIONS WARMUP=$WARMUP DURATION=$DURATION"
echo "servers:   $("$SERVER_JAVA" -version 2>&1 | head -1), $SERVER_JAVA_OPTS each; load generator: java $BENCH_JAVA_OPTS (same machine)"

build_jars

TOKEN="bench-$(random_hex 16)"
PASSWORD="bench-$(random_hex 8)"
AGENT="chat-bench@meridian.example"
# Limits meant for one visitor's browser would stop a load generator that is thousands of
# visitors on one address.
NODE_ENV=(MERIDIAN_DATABASE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME" MERIDIAN_DATABASE_USER="$PG_USER"
  MERIDIAN_DATABASE_PASSWORD="unused-with-trust-auth" MERIDIAN_BOOTSTRAP_TOKEN="$TOKEN" MERIDIAN_DEMO_ENABLED=false
  MERIDIAN_CHAT_CONVERSATIONSPERHOUR=100000000 MERIDIAN_CHAT_MESSAGESPERMINUTE=100000000)

# settle VISITOR_PORT AGENT_PORT PID...: lines at SETTLE_RATE until every node's JIT
# compiled fewer than SETTLE_COMPILES methods in a round (quietly; only the counts shown).
settle() {
  local visitor_port="$1" agent_port="$2" round=0 before after counts busy pid
  shift 2
  while ((round < SETTLE_MAX)); do
    round=$((round + 1))
    before=""; for pid in "$@"; do before+="$(jit_compiles "$pid") "; done
    bench chat-latency --visitor-base-url="http://127.0.0.1:$visitor_port" \
      --agent-base-url="http://127.0.0.1:$agent_port" --token="$TOKEN" --login-email="$AGENT" \
      --login-password="$PASSWORD" --conversations="$LATENCY_CONVERSATIONS" --rate="$SETTLE_RATE" --warmup=0 \
      --duration="$SETTLE_ROUND" --send="$SEND" >/dev/null 2>&1 || true
    after=""; for pid in "$@"; do after+="$(jit_compiles "$pid") "; done
    counts="$(awk -v b="$before" -v a="$after" 'BEGIN {n = split(b, x, " "); split(a, y, " ");
      for (i = 1; i <= n; i++) printf "%s%d", (i > 1 ? "/" : ""), y[i] - x[i]}')"
    busy="$(awk -v c="$counts" -v limit="$SETTLE_COMPILES" 'BEGIN {n = split(c, x, "/"); busy = 0;
      for (i = 1; i <= n; i++) if (x[i] >= limit || x[i] < 0) busy = 1; print busy}')"
    echo "settling at $SETTLE_RATE lines/s, round $round: methods compiled by the JIT $counts, load $(load_average)"
    [[ -n "$counts" && "$busy" == 0 ]] && return 0
  done
  ((SETTLE_MAX == 0)) || echo "the JIT had not settled after $SETTLE_MAX rounds: the figures below include its work"
}

section "Widget size"
recreate_database "$DB_NAME"
PORT_A="$(free_port)"
start_server "$PORT_A" "$WORK/node-a.log" "${NODE_ENV[@]}"
PID_A="$STARTED_PID"
wait_healthy "$PID_A" "$PORT_A" "$WORK/node-a.log"
echo "GET /widget.js: $(curl -fsS "http://127.0.0.1:$PORT_A/widget.js" | wc -c) bytes, gzip -9: $(curl -fsS "http://127.0.0.1:$PORT_A/widget.js" | gzip -9 | wc -c) bytes, as served with Accept-Encoding gzip: $(curl -fsS -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT_A/widget.js" | wc -c) bytes"
bench setup --base-url="http://127.0.0.1:$PORT_A" --token="$TOKEN" --agent-email="$AGENT" --agent-password="$PASSWORD"

phase() { [[ " $PHASES " == *" $1 "* ]]; }

if phase idle; then
section "Idle widget sockets on one node ($SESSIONS)"
bench chat-idle --base-url="http://127.0.0.1:$PORT_A" --token="$TOKEN" --sessions="$SESSIONS" \
  --conversations="$CONVERSATIONS" --hold="$HOLD" --server-pid="$PID_A"
echo "server RSS $(rss_mib "$PID_A") MiB, load $(load_average)"
errors_in "$WORK/node-a.log"
fi
# A fresh node for the latency run: the idle run's sockets are closed, but its thousands
# of conversations stay in the database.
stop_servers

if phase latency; then
section "Visitor -> agent console, one node, $RATES messages/s"
start_server "$PORT_A" "$WORK/node-a2.log" "${NODE_ENV[@]}"
PID_A="$STARTED_PID"
wait_healthy "$PID_A" "$PORT_A" "$WORK/node-a2.log"
settle "$PORT_A" "$PORT_A" "$PID_A"
for RATE in $RATES; do
  echo "--- $RATE messages/s, load $(load_average)"
  CPU_BEFORE="$(cpu_seconds "$PID_A")"
  bench chat-latency --visitor-base-url="http://127.0.0.1:$PORT_A" --token="$TOKEN" --login-email="$AGENT" \
    --login-password="$PASSWORD" --conversations="$LATENCY_CONVERSATIONS" --rate="$RATE" --warmup="$WARMUP" \
    --duration="$DURATION" --send="$SEND"
  # The server's own CPU per message scheduled (warm-up included, the JIT's compiling too):
  # what bounds the rate one node holds on these 2 cores, less noisy than the latencies.
  awk -v a="$CPU_BEFORE" -v b="$(cpu_seconds "$PID_A")" -v n="$(( RATE * (WARMUP + DURATION) ))" \
    'BEGIN {printf "server CPU: %.1f s for %d messages scheduled = %.1f ms per message\n", b - a, n, (b - a) * 1000 / n}'
done
echo "load $(load_average)"
errors_in "$WORK/node-a2.log"
stop_servers
fi

phase nodes || exit 0

section "Visitor on node A -> agent console on node B through RabbitMQ, $RATES messages/s"
timeout 60 rabbitmq-plugins -q enable rabbitmq_stomp >/dev/null
RELAY_ENV=(MERIDIAN_CHAT_RELAY_HOST=127.0.0.1 MERIDIAN_CHAT_RELAY_LOGIN=guest MERIDIAN_CHAT_RELAY_PASSCODE=guest)
PORT_B="$(free_port)"
# Each node its own search index directory: the chat needs no shared search, and two
# nodes on one Lucene directory refuse to start (its write lock).
start_server "$PORT_A" "$WORK/relay-a.log" "${NODE_ENV[@]}" "${RELAY_ENV[@]}" \
  MERIDIAN_KNOWLEDGE_INDEXDIRECTORY="$WORK/index-a"
PID_A="$STARTED_PID"
start_server "$PORT_B" "$WORK/relay-b.log" "${NODE_ENV[@]}" "${RELAY_ENV[@]}" \
  MERIDIAN_KNOWLEDGE_INDEXDIRECTORY="$WORK/index-b"
PID_B="$STARTED_PID"
wait_healthy "$PID_A" "$PORT_A" "$WORK/relay-a.log"
wait_healthy "$PID_B" "$PORT_B" "$WORK/relay-b.log"
settle "$PORT_A" "$PORT_B" "$PID_A" "$PID_B"
cpu_all() { echo "$(cpu_seconds "$PID_A") $(cpu_seconds "$PID_B") $(cpu_seconds_named beam.smp) $(cpu_seconds_named postgres)"; }
for RATE in $RATES; do
  echo "--- $RATE messages/s, load $(load_average)"
  CPU_BEFORE="$(cpu_all)"
  bench chat-latency --visitor-base-url="http://127.0.0.1:$PORT_A" --agent-base-url="http://127.0.0.1:$PORT_B" \
    --token="$TOKEN" --login-email="$AGENT" --login-password="$PASSWORD" --conversations="$LATENCY_CONVERSATIONS" \
    --rate="$RATE" --warmup="$WARMUP" --duration="$DURATION" --send="$SEND"
  # Where the 2 cores went, per message scheduled: each node, the broker, the database.
  # What is left of 2,000 ms per message-second is the load generator's and the kernel's.
  awk -v n="$(( RATE * (WARMUP + DURATION) ))" -v before="$CPU_BEFORE" -v after="$(cpu_all)" 'BEGIN {
    split(before, b, " "); split(after, a, " "); split("node A,node B,RabbitMQ,PostgreSQL", name, ",")
    printf "CPU per message:"
    for (i = 1; i <= 4; i++) printf " %s %.2f ms%s", name[i], (a[i] - b[i]) * 1000 / n, (i < 4 ? "," : "\n")
  }'
done
echo "load $(load_average)"
errors_in "$WORK/relay-a.log"
errors_in "$WORK/relay-b.log"
