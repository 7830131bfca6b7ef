#!/usr/bin/env bash
# Routing: one decision of the server's RoutingPolicy among 10,000 agents and 40 languages,
# with JMH in SampleTime mode, printing p50 and p99 (goal: p99 < 50 us).
#
# The benchmark needs the server's classes, and the server's jar is a Spring Boot fat jar
# (its classes under BOOT-INF/, not loadable as a library). So this script compiles the
# server (./mvnw compile: plain classes in target/classes), takes its runtime classpath
# and the bench project's JMH jars from Maven, compiles bench/routing/src with JMH's
# annotation processor, and runs JMH on that classpath. The root build and the bench
# project's own jar stay as they are.
#
# Usage (from anywhere):  bench/run-routing-bench.sh            # short run
#                         JMH_OPTS="-wi 5 -i 10 -f 2" bench/run-routing-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/jmh.sh
. bench/jmh.sh
jmh_run routing RoutingBenchmark

echo
echo "== one routing decision among 10,000 agents and 40 languages ($RESULT)"
# SampleTime writes the percentiles as extra rows: "...decide:p0.50", "...decide:p0.99".
awk -F, 'NR > 1 {
    gsub(/"/, "", $1); name = $1; sub(/.*:/, "", name); sub(/^[^p]*/, "", name); score[name] = $5
  }
  END {
    printf "p50  %8.2f us/decision\n", score["p0.50"]
    printf "p99  %8.2f us/decision  (goal < 50 us: %s)\n", score["p0.99"], score["p0.99"] < 50 ? "MET" : "NOT MET"
    printf "p99.9 %7.2f us/decision\n", score["p0.999"]
  }' "$RESULT"
