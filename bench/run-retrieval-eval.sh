#!/usr/bin/env bash
# Cross-language retrieval evaluation, on this machine only (127.0.0.1): builds the server
# (unless SKIP_BUILD=1), recreates the database, starts the server without demo data, loads
# the 40 English-only help-center articles of bench/retrieval-eval/articles.json through
# POST /api/v1/knowledge/articles, and asks GET /api/v1/knowledge/search (KnowledgeSearch,
# the search behind the help center and the bot) each question of
# bench/retrieval-eval/questions.tsv (language TAB question TAB article key) with the
# question's language as locale, then those of questions-heldout.tsv (written after the
# shop glossary, to show how much of the gain holds beyond the questions it was tuned on) and
# those of questions-heldout2.tsv (written before the query expansion and ranking work of
# issue 14, in languages questions-heldout.tsv leaves out). Prints per language the top-1 and top-5 hit rates and
# MRR@5, and the same over every non-English question.
# Full output: bench/results/retrieval-eval-<timestamp>.txt; the questions missed at top 1:
# bench/results/retrieval-eval-misses-<timestamp>.tsv
#
# Settings (environment): SKIP_BUILD=0  DB_NAME=meridian_bench_retrieval (dropped and
# recreated!)  HEALTH_TIMEOUT=600  SERVER_JAVA_OPTS="-Xms256m -Xmx1g"
# SERVER_SETTINGS="" (extra server environment, NAME=VALUE ...)
# HOLD_SECONDS=0 (keep the loaded server this long after the questions, to try queries by
# hand: its address and token are printed)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
DB_NAME="${DB_NAME:-meridian_bench_retrieval}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-600}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xms256m -Xmx1g}"
SERVER_SETTINGS="${SERVER_SETTINGS:-}"
# shellcheck source=lib/servers.sh
source "$BENCH_DIR/lib/servers.sh"
read -r -a SETTINGS_ARGS <<<"$SERVER_SETTINGS"
[[ "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "DB_NAME must be a plain identifier" >&2; exit 2; }

TIMESTAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$BENCH_DIR/results"
mkdir -p "$RESULTS" "$BENCH_DIR/target"
OUT="$RESULTS/retrieval-eval-$TIMESTAMP.txt"
MISSES="$RESULTS/retrieval-eval-misses-$TIMESTAMP.tsv"
SERVER_LOG="$BENCH_DIR/target/retrieval-eval-server-$TIMESTAMP.log"
WORK_DIR="$BENCH_DIR/target/retrieval-eval-$TIMESTAMP"
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

section "Meridian cross-language retrieval evaluation, $TIMESTAMP"
echo "commit:    $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
echo "machine:   $(nproc) cores, shared with other work"
echo "set:       $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$BENCH_DIR/retrieval-eval/articles.json") articles, $(($(wc -l <"$BENCH_DIR/retrieval-eval/questions.tsv") - 1)) questions"
echo "dictionaries: $(cd /usr/share/dictd 2>/dev/null && ls freedict-*.index 2>/dev/null | sed 's/freedict-//; s/\.index//' | tr '\n' ' ')"

if [[ "$SKIP_BUILD" != "1" ]]; then
  section "Build"
  (cd "$ROOT" && ./mvnw -q -o -DskipTests package)
fi
[[ -f "$SERVER_JAR" ]] || { echo "Missing $SERVER_JAR (build failed or SKIP_BUILD=1 without a build)" >&2; exit 1; }

section "Database $DB_NAME (recreated)"
recreate_database "$DB_NAME"

section "Server without demo data"
mkdir -p "$WORK_DIR"
PORT="$(free_port)"
TOKEN="bench-$(random_hex 24)"
start_server "$PORT" "$SERVER_LOG" \
  MERIDIAN_DATABASE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME" MERIDIAN_DATABASE_USER="$PG_USER" \
  MERIDIAN_DATABASE_PASSWORD=unused MERIDIAN_BOOTSTRAP_TOKEN="$TOKEN" MERIDIAN_DEMO_ENABLED=false \
  MERIDIAN_KNOWLEDGE_INDEXDIRECTORY="$WORK_DIR/index" MERIDIAN_ATTACHMENTS_DIRECTORY="$WORK_DIR/attachments" \
  MERIDIAN_LANGUAGE_APERTIUM_PROCESSDIRECTORY="$WORK_DIR/apertium" MERIDIAN_EMAIL_POLLINGENABLED=false \
  SERVER_ADDRESS=127.0.0.1 "${SETTINGS_ARGS[@]}"
wait_healthy "$STARTED_PID" "$PORT" "$SERVER_LOG"
# Query translation needs the dictionaries, read in the background after start-up: wait
# for the log line of each installed one.
expected=0
for code in deu fra spa por ita nld swe pol tur rus jpn ara; do
  if [[ -f /usr/share/dictd/freedict-$code-eng.index || -f /usr/share/dictd/freedict-eng-$code.index ]]; then
    expected=$((expected + 1))
  fi
done
started=$SECONDS
until (($(grep -c -E 'Dictionary [a-z]{3}: ' "$SERVER_LOG" || true) >= expected)); do
  ((SECONDS - started < 300)) || { echo "dictionaries not read after 300 s"; break; }
  sleep 1
done
echo "$(grep -c -E 'Dictionary [a-z]{3}: ' "$SERVER_LOG" || true) of $expected dictionaries read after $((SECONDS - started)) s more, RSS $(rss_mib "$STARTED_PID") MiB"
grep -E 'Dictionary [a-z]{3}: ' "$SERVER_LOG" | sed 's/^.*: Dictionary/Dictionary/' | cut -c1-160 || true
# What the dictionaries cost: the heap in use after a full collection.
jcmd "$STARTED_PID" GC.run >/dev/null 2>&1 && sleep 2 \
  && echo "heap after a full GC: $(jcmd "$STARTED_PID" GC.heap_info 2>/dev/null | grep -m1 -o -E 'used [0-9]+K' | awk '{printf "%.0f MiB", $2 / 1024}')" || true

section "Questions"
python3 "$BENCH_DIR/retrieval-eval/evaluate.py" --base-url="http://127.0.0.1:$PORT" --token="$TOKEN" \
  --articles="$BENCH_DIR/retrieval-eval/articles.json" --questions="$BENCH_DIR/retrieval-eval/questions.tsv" \
  --questions="$BENCH_DIR/retrieval-eval/questions-heldout.tsv" \
  --questions="$BENCH_DIR/retrieval-eval/questions-heldout2.tsv" \
  --questions="$BENCH_DIR/retrieval-eval/questions-heldout3.tsv" --misses="$MISSES"
if ((${HOLD_SECONDS:-0} > 0)); then
  section "Holding the server for $HOLD_SECONDS s"
  echo "curl -H 'Authorization: Bearer $TOKEN' 'http://127.0.0.1:$PORT/api/v1/knowledge/search?locale=en&q=...'"
  sleep "$HOLD_SECONDS"
fi
section "Done"
errors_in "$SERVER_LOG"
