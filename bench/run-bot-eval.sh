#!/usr/bin/env bash
# Bot evaluation, on this machine only (127.0.0.1): builds the server, recreates the
# database, starts the server with the demo data (its knowledge base, demo/knowledge-demo.json),
# sends every labelled question of bench/bot-eval/*.tsv to POST /api/v1/bot/answer and prints,
# per language: the answered share of answerable questions, the precision of what was
# answered (right article or right intent), the hand-off share and the p95 latency; then
# p50, the 20 slowest questions, the load average at the question pass' start and end, and
# the server's and its request threads' CPU time per question over that pass (the latencies
# follow the machine's load; the CPU times much less).
# Full output: bench/results/bot-eval-<timestamp>.txt
#
# A question's expected value is an article key (the slug of any of the article's versions,
# e.g. tracking-your-order), intent:<name>, or none (the knowledge base cannot answer it).
# Scoring:
#   article rows  answered = an answer; right = that article
#   intent rows   answered = that intent recognised or any answer; right = the intent
#                 (intent:handoff needs handoff true)
#   none rows     answered = an answer or an intent (each one wrong); right = no answer
# The first pass warms the server up (language models, translation memory) and is timed
# apart; the second is the one reported.
#
# Settings (environment):
#   LOCALE_HINT=1 (send the row's language as the request's locale, as the chat widget sends
#   the browser's; 0 sends the text alone)   SKIP_BUILD=0   DB_NAME=meridian_bench_bot
#   (dropped and recreated!)   HEALTH_TIMEOUT=600   SERVER_JAVA_OPTS="-Xms512m -Xmx2g"
#   BOT_SETTINGS="" (extra server arguments, e.g. "--meridian.bot.answer-threshold=0.6")
#   DUMP=path (write every response as JSON lines, for calibrating the confidence)
#   REQUIRE=0 (1: exit 1 unless precision >= 0.90 in every language and answered >= 0.60
#   overall; .ci/run sets it)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
LOCALE_HINT="${LOCALE_HINT:-1}"
DB_NAME="${DB_NAME:-meridian_bench_bot}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-600}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xms512m -Xmx2g}"
BOT_SETTINGS="${BOT_SETTINGS:-}"
DUMP="${DUMP:-}"
REQUIRE="${REQUIRE:-0}"
read -r -a BOT_ARGS <<<"$BOT_SETTINGS"
# shellcheck source=lib/servers.sh
source "$BENCH_DIR/lib/servers.sh"
[[ "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "DB_NAME must be a plain identifier" >&2; exit 2; }

TIMESTAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$BENCH_DIR/results"
mkdir -p "$RESULTS"
OUT="$RESULTS/bot-eval-$TIMESTAMP.txt"
SERVER_LOG="$RESULTS/bot-eval-server-$TIMESTAMP.log"
WORK_DIR="$BENCH_DIR/target/bot-eval-$TIMESTAMP"
exec > >(tee "$OUT") 2>&1

cleanup() {
  local status=$?
  stop_servers
  rm -rf "$WORK_DIR"
  echo "Full output: $OUT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

section "Meridian bot evaluation, $TIMESTAMP"
echo "commit:   $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "machine:  $(nproc) cores, shared with other work"
echo "settings: LOCALE_HINT=$LOCALE_HINT BOT_SETTINGS='$BOT_SETTINGS'"
echo "sets:     $(cd "$BENCH_DIR/bot-eval" && for f in *.tsv; do printf '%s (%d) ' "$f" "$(($(wc -l <"$f") - 1))"; done)"

# The server only: the evaluation's client is bench/bot-eval/evaluate.py.
if [[ "$SKIP_BUILD" != "1" ]]; then
  section "Build"
  (cd "$ROOT" && ./mvnw -q -o -DskipTests package)
fi
[[ -f "$SERVER_JAR" ]] || { echo "Missing $SERVER_JAR (build failed or SKIP_BUILD=1 without a build)" >&2; exit 1; }

section "Database $DB_NAME (recreated)"
recreate_database "$DB_NAME"

section "Server with the demo data"
mkdir -p "$WORK_DIR"
PORT="$(free_port)"
TOKEN="bench-$(random_hex 24)"
BASE_URL="http://127.0.0.1:$PORT"
# BOT_SETTINGS are Spring arguments (--name=value): the server reads them as system properties.
for setting in "${BOT_ARGS[@]}"; do SERVER_JAVA_ARGS+=("-D${setting#--}"); done
start_server "$PORT" "$SERVER_LOG" \
  MERIDIAN_DATABASE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME" MERIDIAN_DATABASE_USER="$PG_USER" \
  MERIDIAN_DATABASE_PASSWORD="unused" MERIDIAN_BOOTSTRAP_TOKEN="$TOKEN" MERIDIAN_DEMO_ENABLED=true \
  MERIDIAN_KNOWLEDGE_INDEXDIRECTORY="$WORK_DIR/index" MERIDIAN_ATTACHMENTS_DIRECTORY="$WORK_DIR/attachments" \
  MERIDIAN_LANGUAGE_APERTIUM_PROCESSDIRECTORY="$WORK_DIR/apertium" MERIDIAN_EMAIL_POLLINGENABLED=false \
  SERVER_ADDRESS=127.0.0.1
wait_healthy "$STARTED_PID" "$PORT" "$SERVER_LOG"
# Cross-language search needs the dictionaries, read in the background after start-up.
for _ in $(seq 1 180); do grep -q "Dictionary jpn" "$SERVER_LOG" && break; sleep 1; done
for _ in $(seq 1 60); do
  count="$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE_URL/api/v1/knowledge/articles" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))')"
  [[ "$count" -gt 0 ]] && break; sleep 1
done
echo "knowledge base: $count articles"

section "Questions"
python3 "$BENCH_DIR/bot-eval/evaluate.py" --base-url="$BASE_URL" --token="$TOKEN" --locale-hint="$LOCALE_HINT" \
  --dump="$DUMP" $([[ "$REQUIRE" == "1" ]] && echo --require) "$BENCH_DIR"/bot-eval/*.tsv
