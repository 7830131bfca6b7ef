# Shell functions shared by the benchmarks that start Meridian servers on this machine:
# sourced, never run. The caller sets BENCH_DIR and ROOT, and may set PG_HOST, PG_PORT,
# PG_USER, SERVER_JAVA, SERVER_JAVA_OPTS, BENCH_JAVA_OPTS, HEALTH_TIMEOUT and SKIP_BUILD.
# It calls stop_servers from its EXIT trap.
#
# Written for run-nodes-bench.sh from run-api-bench.sh's server start, health wait and load
# generator (the same jar, the same commands), so that a later change of run-api-bench.sh
# can source it too instead of keeping its own copy.

PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
PG_USER="${PG_USER:-postgres}"
SERVER_JAVA="${SERVER_JAVA:-java}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xms512m -Xmx1g}"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-120}"
SKIP_BUILD="${SKIP_BUILD:-0}"
read -r -a SERVER_JAVA_ARGS <<<"$SERVER_JAVA_OPTS"
read -r -a BENCH_JAVA_ARGS <<<"$BENCH_JAVA_OPTS"
SERVER_JAR="$ROOT/target/meridian-0.1.0-SNAPSHOT.jar"
BENCH_JAR="$BENCH_DIR/target/meridian-bench.jar"
SERVER_PIDS=()

# Other processes on the machine skew every figure: each section shows the load average.
# shellcheck source=/dev/null
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
psql_admin() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
bench() { java "${BENCH_JAVA_ARGS[@]}" -jar "$BENCH_JAR" "$@"; }
random_hex() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }


# Builds the server and the load generator unless SKIP_BUILD=1, and checks both jars.
build_jars() {
  if [[ "$SKIP_BUILD" != "1" ]]; then
    section "Build"
    (cd "$ROOT" && ./mvnw -q -DskipTests package)
    "$ROOT/mvnw" -q -f "$BENCH_DIR/pom.xml" package
  fi
  local jar
  for jar in "$SERVER_JAR" "$BENCH_JAR"; do
    [[ -f "$jar" ]] || { echo "Missing $jar (build failed or SKIP_BUILD=1 without a build)" >&2; return 1; }
  done
}

recreate_database() {
  psql_admin -c "drop database if exists $1 with (force)"
  psql_admin -c "create database $1"
}

# start_server PORT LOG [NAME=VALUE...]: starts the server jar in the background with the
# given environment on top of the caller's, appends its pid to SERVER_PIDS and sets
# STARTED_PID. Started through a link with a neutral name, so that tooling which stops a
# developer's server by its jar name (pkill -f meridian-0.1.0-SNAPSHOT.jar) leaves it alone.
start_server() {
  local port="$1" log="$2"
  shift 2
  local link="$BENCH_DIR/target/server-under-test.jar"
  ln -sf "$SERVER_JAR" "$link"
  env "$@" SERVER_PORT="$port" "$SERVER_JAVA" "${SERVER_JAVA_ARGS[@]}" -jar "$link" >"$log" 2>&1 &
  STARTED_PID=$!
  SERVER_PIDS+=("$STARTED_PID")
  echo "started pid $STARTED_PID on http://127.0.0.1:$port, log $log"
}

# wait_healthy PID PORT LOG: waits for /actuator/health to say UP; fails with the end of
# the log if the server exits or HEALTH_TIMEOUT passes.
wait_healthy() {
  local pid="$1" port="$2" log="$3" started=$SECONDS
  until curl -fsS --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The server exited during start-up; last lines of its log:"
      tail -n 40 "$log"
      return 1
    fi
    if ((SECONDS - started >= HEALTH_TIMEOUT)); then
      echo "The server was not healthy after $HEALTH_TIMEOUT s; last lines of its log:"
      tail -n 40 "$log"
      return 1
    fi
    sleep 1
  done
  echo "healthy after $((SECONDS - started)) s, RSS $(rss_mib "$pid") MiB"
  wait_settled "$port"
}

# wait_settled PORT: waits (up to SETTLE_TIMEOUT s, default 300) until the server's start-up
# loads are done (meridian_language_models_preloading and
# meridian_knowledge_dictionaries_loading at 0): reading the dictionaries and language
# models takes half the CPU for a minute or more after a start, and a figure measured
# meanwhile is the start's, not the steady state's. A server without these gauges counts
# as settled.
wait_settled() {
  local port="$1" started=$SECONDS loading
  while :; do
    loading="$(curl -fsS --max-time 5 "http://127.0.0.1:$port/actuator/prometheus" 2>/dev/null \
      | awk '/^meridian_(language_models_preloading|knowledge_dictionaries_loading)[ {]/ {sum += $NF} END {print sum + 0}')"
    [[ "$loading" == "0" ]] && break
    if ((SECONDS - started >= ${SETTLE_TIMEOUT:-300})); then
      echo "start-up loads still running after ${SETTLE_TIMEOUT:-300} s; measuring anyway"
      return 0
    fi
    sleep 2
  done
  echo "start-up loads (language models, dictionaries) done after $((SECONDS - started)) s more"
}

# CPU seconds a process has used so far (user and system, all its threads), from /proc.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat" 2>/dev/null || echo 0
}
# cpu_seconds_named COMM: user + system CPU of every process with that name (PostgreSQL's
# backends, RabbitMQ's Erlang VM), for what the machine's shared servers spend per message.
cpu_seconds_named() {
  local pid total=0
  for pid in $(pgrep -x "$1"); do
    total="$(awk -v t="$total" -v c="$(cpu_seconds "$pid")" 'BEGIN {printf "%.1f", t + c}')"
  done
  echo "$total"
}
# jit_compiles PID: methods the server's JIT has compiled so far (HotSpot's counter, read
# with the jcmd beside the server's java), or nothing when it cannot be read.
jit_compiles() {
  local jcmd
  jcmd="$(dirname "$(readlink -f "$(command -v "$SERVER_JAVA")")")/jcmd"
  [[ -x "$jcmd" ]] || jcmd=jcmd
  "$jcmd" "$1" PerfCounter.print 2>/dev/null | awk -F= '/^sun.ci.totalCompiles=/ {print $2}'
}
rss_mib() { ps -o rss= -p "$1" 2>/dev/null | awk '{printf "%.0f", $1 / 1024}' || echo "?"; }

# stop_pid PID: SIGTERM, 30 s of grace, then SIGKILL.
stop_pid() {
  local pid="$1"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    echo "Stopping pid $pid"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || return 0
      sleep 1
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

stop_servers() {
  local pid
  for pid in "${SERVER_PIDS[@]}"; do
    stop_pid "$pid"
  done
  SERVER_PIDS=()
}

# errors_in LOG: how many ERROR lines a server wrote, with the first few.
errors_in() {
  local errors
  errors="$(grep -c -E '(^|[[:space:]])ERROR[[:space:]]' "$1" || true)"
  echo "ERROR lines in $1: $errors"
  if ((errors > 0)); then
    grep -m 5 -E '(^|[[:space:]])ERROR[[:space:]]' "$1" | cut -c1-400
  fi
}
