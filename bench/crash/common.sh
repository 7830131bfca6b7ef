# Shared by the crash tests in this directory (sourced, not run): build, start and kill
# the server, the load generator and the counts. Everything on 127.0.0.1, bounded.
#
# Settings (environment):
#   WORKERS=4            load generator's parallel clients    TICKETS_PER_WORKER=50
#   RETRY_FOR=300        seconds a client keeps retrying one ticket before it gives up
#   SKIP_BUILD=0         1 reuses target/meridian-0.1.0-SNAPSHOT.jar
#   HEALTH_TIMEOUT=300   seconds the server may take to start
#   SERVER_JAVA_OPTS="-Xms256m -Xmx768m"
set -euo pipefail

CRASH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$CRASH_DIR/../.." && pwd)"
WORKERS="${WORKERS:-4}"
TICKETS_PER_WORKER="${TICKETS_PER_WORKER:-50}"
RETRY_FOR="${RETRY_FOR:-300}"
SKIP_BUILD="${SKIP_BUILD:-0}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-300}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xms256m -Xmx768m}"
read -r -a SERVER_JAVA_ARGS <<<"$SERVER_JAVA_OPTS"
SERVER_JAR="$ROOT/target/meridian-0.1.0-SNAPSHOT.jar"
RUN="$(date -u +%Y%m%dT%H%M%SZ)"
WORK="$(mktemp -d "/tmp/meridian-crash-$RUN-XXXX")"
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"
TOKEN="crash-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
SERVER_PID=""
LOAD_PIDS=()



# shellcheck source=/dev/null
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
build_server() {
  if [[ "$SKIP_BUILD" != "1" ]]; then
    section "Build"
    (cd "$ROOT" && ./mvnw -q -o -DskipTests -Dspring-javaformat.skip=true package)
  fi
  [[ -f "$SERVER_JAR" ]] || { echo "Missing $SERVER_JAR" >&2; exit 1; }
  # Started through a link with a neutral name, so that tooling which stops a developer's
  # server by its jar name leaves this one alone.
  ln -sf "$SERVER_JAR" "$WORK/server-under-test.jar"
}

# start_server JDBC_URL LOG: starts the server in external-database mode in $WORK (its
# ./data, with the note of its apertium-apy child, is there), on $PORT.
start_server() {
  local jdbc_url=$1 log=$2
  (cd "$WORK" && exec env MERIDIAN_DATABASE_URL="$jdbc_url" MERIDIAN_DATABASE_USER=postgres \
    MERIDIAN_DATABASE_PASSWORD=unused-with-trust-auth MERIDIAN_BOOTSTRAP_TOKEN="$TOKEN" SERVER_PORT="$PORT" \
    java "${SERVER_JAVA_ARGS[@]}" -jar "$WORK/server-under-test.jar" >"$log" 2>&1) &
  SERVER_PID=$!
  echo "server pid $SERVER_PID on port $PORT, log $log"
}

wait_healthy() {
  local started=$SECONDS
  until curl -fsS --max-time 2 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "The server exited during start-up; last lines of its log:"
      tail -n 30 "$1"
      exit 1
    fi
    if ((SECONDS - started >= HEALTH_TIMEOUT)); then
      echo "The server was not healthy after $HEALTH_TIMEOUT s"
      tail -n 30 "$1"
      exit 1
    fi
    sleep 1
  done
  echo "healthy after $((SECONDS - started)) s"
}

stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}

# One client of the load generator: creates its tickets one after the other, each with
# its own Idempotency-Key, and retries a ticket with the same key until it is answered
# 201 (acknowledged: noted with its id) or RETRY_FOR seconds have passed.
load_client() {
  local client=$1 body answer code started i key
  answer="$WORK/answer-$client.json"
  for i in $(seq 1 "$TICKETS_PER_WORKER"); do
    key="crash-$RUN-$client-$i"
    body="{\"subject\":\"$key\",\"customer\":{\"email\":\"crash.$client@$RUN.example\"},\"message\":{\"body\":\"Order $i has not arrived.\"}}"
    started=$SECONDS
    while true; do
      code=$(curl -s -o "$answer" -w '%{http_code}' --max-time 20 -H "Authorization: Bearer $TOKEN" \
        -H "Idempotency-Key: $key" -H 'Content-Type: application/json' -d "$body" \
        "http://127.0.0.1:$PORT/api/v1/tickets" 2>/dev/null || true)
      if [[ "$code" == 201 ]]; then
        echo "$key $(jq -r .id "$answer")" >>"$WORK/acknowledged-$client"
        break
      fi
      echo "$key $code" >>"$WORK/retries-$client"
      if ((SECONDS - started >= RETRY_FOR)); then
        echo "$key" >>"$WORK/gave-up-$client"
        break
      fi
      sleep 0.5
    done
  done
}

start_load() {
  LOAD_PIDS=()
  for client in $(seq 1 "$WORKERS"); do
    load_client "$client" &
    LOAD_PIDS+=($!)
  done
  echo "load generator: $WORKERS clients x $TICKETS_PER_WORKER tickets, each retried with its key for up to $RETRY_FOR s"
}

# Counts lines of the files named so; none yet is 0 (no failure under set -e).
lines_of() { cat "$@" 2>/dev/null | wc -l || true; }
acknowledged_count() { lines_of "$WORK"/acknowledged-[0-9]*; }

# wait_acknowledged N: until N tickets are acknowledged (or the load ended).
wait_acknowledged() {
  while (($(acknowledged_count) < $1)); do
    local running=0
    for pid in "${LOAD_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && running=1; done
    ((running)) || return 0
    sleep 0.2
  done
}

wait_load() {
  for pid in "${LOAD_PIDS[@]}"; do wait "$pid" || true; done
  LOAD_PIDS=()
}

# report PSQL...: every acknowledged ticket exists exactly once? Counted in the database
# by the ids the server answered and by the subject (one per Idempotency-Key).
report() {
  local acknowledged found duplicated gave_up retries
  { cat "$WORK"/acknowledged-[0-9]* 2>/dev/null || true; } | awk '{print $2}' >"$WORK/acked-ids"
  acknowledged=$(wc -l <"$WORK/acked-ids")
  local ids
  ids=$(awk '{printf "%s'"'"'%s'"'"'", (NR > 1 ? "," : ""), $1}' "$WORK/acked-ids")
  found=$("$@" -c "select count(*) from tickets where id in (${ids:-null})")
  duplicated=$("$@" -c "select coalesce(sum(n - 1), 0) from (select count(*) n from tickets
    where subject like 'crash-$RUN-%' group by subject) s")
  distinct_keys=$("$@" -c "select count(distinct subject) from tickets where subject like 'crash-$RUN-%'")
  gave_up=$(lines_of "$WORK"/gave-up-*)
  retries=$(lines_of "$WORK"/retries-*)
  echo "tickets acknowledged: $acknowledged"
  echo "acknowledged tickets found after the crash: $found (missing: $((acknowledged - found)))"
  echo "tickets duplicated (a second ticket for one Idempotency-Key): $duplicated"
  echo "keys with a ticket: $distinct_keys; requests retried: $retries; tickets given up after $RETRY_FOR s: $gave_up"
  RESULT_LINE="acknowledged $acknowledged, found $found, duplicated $duplicated, retried requests $retries, given up $gave_up"
}
