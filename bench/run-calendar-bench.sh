#!/usr/bin/env bash
# Business-time arithmetic: the server's fast addBusinessMinutes against minute stepping,
# 2,400 business minutes (five office days) per call, with JMH.
#
# The benchmark needs the server's classes, and the server's jar is a Spring Boot fat jar
# (its classes under BOOT-INF/, not loadable as a library). So this script compiles the
# server (./mvnw compile: plain classes in target/classes), takes its runtime classpath
# and the bench project's JMH jars from Maven, compiles bench/calendar/src with JMH's
# annotation processor, and runs JMH on that classpath. The root build and the bench
# project's own jar stay as they are.
#
# Usage (from anywhere):  bench/run-calendar-bench.sh            # short run
#                         JMH_OPTS="-wi 5 -i 10 -f 2" bench/run-calendar-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/jmh.sh
. bench/jmh.sh
jmh_run calendar BusinessTimeBenchmark

echo
echo "== business-time arithmetic, 2,400 business minutes per call ($RESULT)"
awk -F, 'NR > 1 {
    gsub(/"/, "", $1); name = $1; sub(/.*\./, "", name); score[name] = $5; error[name] = $6
  }
  END {
    fast = score["fastAddBusinessMinutes"]; slow = score["minuteSteppingAddBusinessMinutes"]
    printf "fast addBusinessMinutes   %14.1f ns/call (± %.1f)\n", fast, error["fastAddBusinessMinutes"]
    printf "minute stepping           %14.1f ns/call (± %.1f)\n", slow, error["minuteSteppingAddBusinessMinutes"]
    ratio = slow / fast
    printf "ratio                     %14.0f x  (goal >= 1,000 x: %s)\n", ratio, ratio >= 1000 ? "MET" : "NOT MET"
  }' "$RESULT"
