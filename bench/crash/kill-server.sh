#!/usr/bin/env bash
# Crash test: kill -9 of the server while clients create tickets with Idempotency-Keys.
#   Builds the server, recreates a database on the machine's PostgreSQL (127.0.0.1:5432,
#   never restarted), starts the server in external-database mode on a free loopback port,
#   runs the load generator (bash + curl, bounded; each client retries a ticket with the
#   same key until it is answered), kills the server with SIGKILL after KILL_AFTER
#   acknowledged tickets, starts it again on the same data directory and lets the load
#   finish. Then: every acknowledged ticket must exist exactly once.
#   Also counts the managed apertium-apy and its pipelines (when installed): what the
#   killed server left, and that the next start stopped it.
#   Output: bench/results/crash-kill-<time>.txt
#
# Settings (environment): KILL_AFTER=60, DB_NAME=meridian_crash_kill (dropped and
# recreated!), and those of common.sh (WORKERS, TICKETS_PER_WORKER, RETRY_FOR, SKIP_BUILD).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

KILL_AFTER="${KILL_AFTER:-60}"
DB_NAME="${DB_NAME:-meridian_crash_kill}"
if [[ ! "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "DB_NAME must be a plain lower-case identifier" >&2
  exit 2
fi
OUT="$RESULTS/crash-kill-$RUN.txt"
exec > >(tee "$OUT") 2>&1
psql_on() { psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

cleanup() {
  local status=$?
  for pid in "${LOAD_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop_server
  echo "Work directory (logs): $WORK"
  echo "Full output: $OUT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The apertium-apy children noted in the server's data directory, and their processes.
process_tree() {
  local pid=$1 count=1 child
  [[ -d "/proc/$pid" ]] || { echo 0; return; }
  for child in $(pgrep -P "$pid" || true); do count=$((count + $(process_tree "$child"))); done
  echo "$count"
}
apertium_children() { ls "$WORK/data/apertium" 2>/dev/null | sed -n 's/\.pid$//p'; }
apertium_processes() {
  local total=0 pid
  for pid in "$@"; do total=$((total + $(process_tree "$pid"))); done
  echo "$total"
}
# Each language pair runs a pipeline of processes once it has translated something.
exercise_apertium() {
  local url pair
  url=$(grep -o 'apertium-apy answers on http://127.0.0.1:[0-9]*' "$1" | tail -n 1 | awk '{print $4}')
  [[ -n "$url" ]] || return 0
  for pair in $(curl -fsS --max-time 10 "$url/listPairs" | jq -r '.responseData[] | .sourceLanguage + "|" + .targetLanguage' | head -n 8); do
    curl -fsS --max-time 60 -G --data-urlencode "langpair=$pair" --data-urlencode "q=Where is my order?" \
      "$url/translate" >/dev/null || true
  done
}

section "Crash test: kill -9 of the server under load ($RUN)"
echo "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown); machine: $(nproc) cores"
build_server

section "Database $DB_NAME on 127.0.0.1:5432 (recreated)"
psql_on -d postgres -c "drop database if exists $DB_NAME with (force)"
psql_on -d postgres -c "create database $DB_NAME"
JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME"

section "Server, first run"
PORT="$(free_port)"
start_server "$JDBC_URL" "$WORK/server-1.log"
wait_healthy "$WORK/server-1.log"
exercise_apertium "$WORK/server-1.log"
read -r -a FIRST_CHILDREN <<<"$(apertium_children | tr '\n' ' ')"
echo "apertium-apy children of this server: ${FIRST_CHILDREN[*]:-none}, $(apertium_processes "${FIRST_CHILDREN[@]}") processes"

section "Load, then kill -9 after $KILL_AFTER acknowledged tickets"
start_load
wait_acknowledged "$KILL_AFTER"
before_kill=$(apertium_processes "${FIRST_CHILDREN[@]}")
kill -9 "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
KILLED_AT="$(acknowledged_count)"
echo "killed server $SERVER_PID with $KILLED_AT tickets acknowledged, load average $(load_average)"
SERVER_PID=""
sleep 2
after_kill=$(apertium_processes "${FIRST_CHILDREN[@]}")
echo "apertium-apy processes of the killed server: $before_kill before the kill, $after_kill still running after it"

section "Server, second run (same database and data directory)"
start_server "$JDBC_URL" "$WORK/server-2.log"
wait_healthy "$WORK/server-2.log"
after_restart=$(apertium_processes "${FIRST_CHILDREN[@]}")
read -r -a SECOND_CHILDREN <<<"$(apertium_children | tr '\n' ' ')"
echo "apertium-apy processes left by the killed server after the restart: $after_restart"
echo "apertium-apy children now: ${SECOND_CHILDREN[*]:-none}, $(apertium_processes "${SECOND_CHILDREN[@]}") processes"
grep -h "orphaned apertium-apy" "$WORK/server-2.log" | cut -c1-300 || true

section "Waiting for the load to finish"
wait_load
LOAD_AVERAGE="$(load_average)"

section "Result"
report psql_on -d "$DB_NAME"
echo "killed after: $KILLED_AT acknowledged; load average at the end: $LOAD_AVERAGE"
echo "apertium-apy: $before_kill processes before the kill, $after_kill left running by the killed server, $after_restart after the next start"
echo "RESULT kill -9: $RESULT_LINE; apertium-apy processes left $after_kill -> $after_restart after restart; load average $LOAD_AVERAGE"
