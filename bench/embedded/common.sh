# Shared by run-startup-bench.sh and run-embedded-footprint.sh (sourced, not run): start
# the packaged server in its default, embedded mode (its own PostgreSQL, demo data) in a
# working directory of its own, time it to ready, measure what it holds, stop it.
# Everything on 127.0.0.1.
set -euo pipefail

EMBEDDED_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$EMBEDDED_DIR/../.." && pwd)"
RESULTS="$ROOT/bench/results"
SERVER_JAR="${SERVER_JAR:-$ROOT/target/meridian-0.1.0-SNAPSHOT.jar}"
JDK17="${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}"
JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-900}"
mkdir -p "$RESULTS"

SERVER_PID=""
SERVER_DIR=""
PORT=""
TOKEN="footprint-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"



# shellcheck source=/dev/null
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
build_server() {
  if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
    section "Build"
    (cd "$ROOT" && ./mvnw -q -DskipTests -Dspring-javaformat.skip=true package)
  fi
  [[ -f "$SERVER_JAR" ]] || { echo "Missing $SERVER_JAR" >&2; exit 1; }
}

# start_server DIR LOG JAVA [java options and -jar JAR...]: the server in its default mode,
# with DIR as its working directory (./data is there), on a free port. Sets START_NS.
start_server() {
  local dir=$1 log=$2 java=$3
  shift 3
  SERVER_DIR="$dir"
  PORT="$(free_port)"
  mkdir -p "$dir"
  START_NS="$(date +%s%N)"
  (cd "$dir" && exec env SERVER_PORT="$PORT" MERIDIAN_BOOTSTRAP_TOKEN="$TOKEN" "$java" "$@" >"$log" 2>&1) &
  SERVER_PID=$!
}

# wait_ready LOG: waits for /actuator/health to answer UP; prints the milliseconds since
# start_server (polled every 100 ms) and the CPU time the JVM had used by then, in ms
# (user + system, all threads): on a machine shared with other work the wall-clock time
# stretches with the load, the CPU time far less.
wait_ready() {
  local log=$1 deadline=$((SECONDS + HEALTH_TIMEOUT))
  until curl -fsS --max-time 2 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "The server exited during start-up; last lines of its log:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    if ((SECONDS >= deadline)); then
      echo "The server was not ready after $HEALTH_TIMEOUT s; last lines of its log:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  local wall=$((($(date +%s%N) - START_NS) / 1000000))
  echo "$wall $(cpu_ms "$SERVER_PID")"
}

cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$1/stat"; }

# wait_settled LOG: waits (at most 120 s) until the work started in the background after
# ready is done (the language models), then 5 s more.
wait_settled() {
  local log=$1
  for _ in $(seq 1 240); do
    grep -q "full models of the .* configured languages loaded" "$log" && break
    sleep 0.5
  done
  sleep 5
}

postmaster_pid() {
  local pidfile="$SERVER_DIR/data/postgres/postmaster.pid"
  [[ -f "$pidfile" ]] && head -1 "$pidfile" || true
}

# descendants PID: PID and every process below it.
descendants() {
  local pid=$1 child
  echo "$pid"
  for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do
    descendants "$child"
  done
}

kib() { awk -v k="$2" '$1 == k":" {print $2}' "/proc/$1/$3" 2>/dev/null || echo 0; }
# sum_kib FIELD FILE PID...: VmRSS from status, Pss from smaps_rollup, added up.
sum_kib() {
  local field=$1 file=$2 total=0 pid value
  shift 2
  for pid in "$@"; do
    value="$(kib "$pid" "$field" "$file")"
    total=$((total + ${value:-0}))
  done
  echo "$total"
}
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }

# footprint: one line with the resident memory of the JVM, of the embedded PostgreSQL (its
# processes' proportional set size added up: shared buffers counted once) and of what the
# JVM started (apertium-apy and its pipelines), in MiB.
footprint() {
  local pg pgpids=() childpids=()
  pg="$(postmaster_pid)"
  if [[ -n "$pg" ]] && kill -0 "$pg" 2>/dev/null; then
    mapfile -t pgpids < <(descendants "$pg")
  fi
  mapfile -t childpids < <(descendants "$SERVER_PID" | tail -n +2)
  printf 'JVM RSS %s MiB; PostgreSQL %d processes, PSS %s MiB (RSS added up %s MiB); JVM children %d, PSS %s MiB' \
    "$(mib "$(kib "$SERVER_PID" VmRSS status)")" "${#pgpids[@]}" \
    "$(mib "$(sum_kib Pss smaps_rollup "${pgpids[@]}")")" "$(mib "$(sum_kib VmRSS status "${pgpids[@]}")")" \
    "${#childpids[@]}" "$(mib "$(sum_kib Pss smaps_rollup "${childpids[@]}")")"
}

jvm_rss_mib() { mib "$(kib "$SERVER_PID" VmRSS status)"; }

# stop_server: SIGTERM (Spring stops PostgreSQL and apertium-apy), SIGKILL after 60 s;
# then stops a PostgreSQL left behind.
stop_server() {
  local pg
  [[ -n "$SERVER_PID" ]] || return 0
  pg="$(postmaster_pid)"
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  if [[ -n "$pg" ]] && kill -0 "$pg" 2>/dev/null && grep -q postgres "/proc/$pg/comm" 2>/dev/null; then
    kill -INT "$pg" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pg" 2>/dev/null || break; sleep 1; done
  fi
  SERVER_PID=""
}

# median and best of a list of numbers
best() { printf '%s\n' "$@" | sort -n | head -1; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
