#!/usr/bin/env bash
# Crash test: PostgreSQL restarted (immediate shutdown, as in a crash, then recovery)
# while clients create tickets with Idempotency-Keys. Runs its own PostgreSQL cluster
# (initdb + pg_ctl from PG_BIN, on a free loopback port, in a temporary directory) so the
# machine's PostgreSQL is never touched; starts the server in external-database mode on it,
# runs the load generator, restarts PostgreSQL RESTARTS times under the load, and checks
# that the same server process recovers by itself and every acknowledged ticket exists
# exactly once. Output: bench/results/crash-postgres-<time>.txt
#
# Settings (environment): RESTART_AFTER=40 (acknowledged tickets before each restart),
# RESTARTS=2, DOWN_FOR=5 (seconds PostgreSQL stays down), PG_BIN=/usr/lib/postgresql/15/bin,
# and those of common.sh (WORKERS, TICKETS_PER_WORKER, RETRY_FOR, SKIP_BUILD).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

RESTART_AFTER="${RESTART_AFTER:-40}"
RESTARTS="${RESTARTS:-2}"
DOWN_FOR="${DOWN_FOR:-5}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
OUT="$RESULTS/crash-postgres-$RUN.txt"
exec > >(tee "$OUT") 2>&1

PG_HOME="$WORK/pg"
PG_DATA="$PG_HOME/data"
PG_LOG="$PG_HOME/postgres.log"
PG_PORT="$(free_port)"
as_postgres() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_ctl_own() { as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" "$@"; }
psql_own() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

cleanup() {
  local status=$?
  for pid in "${LOAD_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop_server
  pg_ctl_own stop -m fast >/dev/null 2>&1 || true
  rm -rf "$PG_HOME"
  echo "Work directory (logs): $WORK"
  echo "Full output: $OUT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

section "Crash test: PostgreSQL restarted under load ($RUN)"
echo "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown); machine: $(nproc) cores"
build_server

section "Own PostgreSQL cluster on 127.0.0.1:$PG_PORT"
chmod 755 "$WORK"
mkdir -p "$PG_HOME"
if [[ "$(id -u)" == 0 ]]; then chown postgres "$PG_HOME"; fi
as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log"
PG_OPTIONS="-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_HOME -c max_connections=50"
pg_ctl_own start -w -o "$PG_OPTIONS" -l "$PG_LOG" >/dev/null
psql_own -d postgres -c "create database meridian"
echo "$("$PG_BIN/postgres" --version), data in $PG_DATA"

section "Server"
PORT="$(free_port)"
start_server "jdbc:postgresql://127.0.0.1:$PG_PORT/meridian" "$WORK/server.log"
wait_healthy "$WORK/server.log"
FIRST_PID=$SERVER_PID

section "Load, with $RESTARTS restarts of PostgreSQL"
start_load
for restart in $(seq 1 "$RESTARTS"); do
  wait_acknowledged $((restart * RESTART_AFTER))
  echo "restart $restart: stopping PostgreSQL (immediate) with $(acknowledged_count) tickets acknowledged, load average $(load_average)"
  pg_ctl_own stop -m immediate -w >/dev/null
  sleep "$DOWN_FOR"
  pg_ctl_own start -w -o "$PG_OPTIONS" -l "$PG_LOG" >/dev/null
  echo "restart $restart: PostgreSQL back after ${DOWN_FOR} s down (crash recovery done)"
done
wait_load
LOAD_AVERAGE="$(load_average)"

section "Result"
health=$(curl -fsS --max-time 5 "http://127.0.0.1:$PORT/actuator/health" || echo "no answer")
same=$([[ "$SERVER_PID" == "$FIRST_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null && echo yes || echo no)
echo "server process $FIRST_PID still the one serving, never restarted: $same; health: $health"
report psql_own -d meridian
failed=$(grep -c "Connection is not available\|HikariPool" "$WORK/server.log" || true)
echo "server log lines about the pool during the outages: $failed"
echo "RESULT PostgreSQL restarted $RESTARTS times: $RESULT_LINE; server recovered without restart: $same; load average $LOAD_AVERAGE"
