#!/usr/bin/env bash
# Start-up benchmark of the packaged server in its default mode (embedded PostgreSQL, demo
# data), on this machine only (127.0.0.1). One command:
#   bench/run-startup-bench.sh
# It builds the jar, starts it once on a fresh data directory (first start: PostgreSQL
# unpacked and initialised, migrations, demo data), then RUNS times each on that same data
# directory (a later start):
#   JDK 17, packaged jar                    JDK 25, packaged jar
#   JDK 25, extracted jar with the AOT cache of bin/build-aot-cache.sh
# and reports the time to ready (health UP; best and median) and, once the work done in
# the background after ready is over, the resident memory of the JVM and of the embedded
# PostgreSQL. Results: bench/results/startup-<timestamp>.txt (each line with the load
# average: on a shared machine other builds skew the times).
#
# Settings (environment):
#   RUNS=3   SKIP_BUILD=0 (1 reuses target/meridian-0.1.0-SNAPSHOT.jar)
#   SERVER_JAVA_OPTS="-Xmx512m"   JDK17=/usr/lib/jvm/java-17-openjdk-amd64
#   JDK25=/usr/lib/jvm/temurin-25-jdk-amd64   VARIANTS="jdk17 jdk25 jdk25-aot"
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/embedded/common.sh"

RUNS="${RUNS:-3}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xmx512m}"
VARIANTS="${VARIANTS:-jdk17 jdk25 jdk25-aot}"
read -r -a JAVA_ARGS <<<"$SERVER_JAVA_OPTS"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$RESULTS/startup-$STAMP.txt"
WORK="$(mktemp -d "/tmp/meridian-startup-$STAMP-XXXX")"
exec > >(tee "$OUT") 2>&1
trap 'stop_server; echo "Full output: $OUT (work directory $WORK)"' EXIT
trap 'exit 130' INT TERM

section "Meridian start-up benchmark, $STAMP"
echo "commit:    $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown) ($(git -C "$ROOT" rev-parse --abbrev-ref HEAD 2>/dev/null || echo '?'))"
echo "machine:   $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
echo "JDK 17:    $("$JDK17/bin/java" -version 2>&1 | head -1)"
echo "JDK 25:    $("$JDK25/bin/java" -version 2>&1 | head -1)"
echo "options:   $SERVER_JAVA_OPTS; $RUNS runs per variant; ready = /actuator/health answers UP, polled every 100 ms"

build_server
DATA="$WORK/server"

java_of() { case "$1" in jdk17*) echo "$JDK17/bin/java" ;; *) echo "$JDK25/bin/java" ;; esac; }
args_of() {
  case "$1" in
    jdk17) echo "-jar $SERVER_JAR" ;;
    jdk25) echo "--enable-native-access=ALL-UNNAMED -jar $SERVER_JAR" ;;
    jdk25-aot) echo "-XX:AOTCache=$ROOT/target/aot/meridian.aot --enable-native-access=ALL-UNNAMED -jar $ROOT/target/aot/$(basename "$SERVER_JAR")" ;;
  esac
}

# one_start VARIANT LABEL: a start, its time to ready and the footprint once settled.
one_start() {
  local variant=$1 label=$2 log ms cpu extra
  log="$WORK/$variant-$label.log"
  read -r -a extra <<<"$(args_of "$variant")"
  start_server "$DATA" "$log" "$(java_of "$variant")" "${JAVA_ARGS[@]}" "${extra[@]}"
  local ready
  ready="$(wait_ready "$log")" || exit 1
  read -r ms cpu <<<"$ready"
  local load_at_ready
  load_at_ready="$(load_average)"
  wait_settled "$log"
  printf '%-10s %-7s ready after %6d ms, JVM CPU %6d ms (load %s); idle: %s\n' "$variant" "$label" "$ms" "$cpu" \
    "$load_at_ready" "$(footprint)"
  grep -h -E "Started MeridianApplication|Embedded PostgreSQL started|Successfully applied|Demo data" "$log" | sed 's/^/    /' | cut -c1-220 || true
  stop_server
  LAST_MS="$ms"
  LAST_CPU="$cpu"
}

section "First start on a fresh data directory (JDK 17: unpack, initdb, migrations, demo data)"
one_start jdk17 first

if [[ " $VARIANTS " == *" jdk25-aot "* ]]; then
  section "AOT cache (bin/build-aot-cache.sh with JDK 25)"
  started=$SECONDS
  JAVA="$JDK25/bin/java" JAVA_OPTS="$SERVER_JAVA_OPTS" "$ROOT/bin/build-aot-cache.sh" | sed 's/^/    /'
  echo "built in $((SECONDS - started)) s"
fi

for variant in $VARIANTS; do
  section "$variant: $RUNS starts on the existing data directory"
  times=()
  cpus=()
  for run in $(seq 1 "$RUNS"); do
    one_start "$variant" "run$run"
    times+=("$LAST_MS")
    cpus+=("$LAST_CPU")
  done
  printf '%-10s time to ready: best %d ms, median %.0f ms (of %s); JVM CPU to ready: best %d ms, median %.0f ms   load average now %s\n' \
    "$variant" "$(best "${times[@]}")" "$(median "${times[@]}")" "${times[*]}" "$(best "${cpus[@]}")" "$(median "${cpus[@]}")" \
    "$(load_average)"
done
