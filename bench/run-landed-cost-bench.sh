#!/usr/bin/env bash
# Landed cost: one estimate on the shipped customs rules with dated rates in memory, with
# JMH in AverageTime mode (goal: < 20 us per estimate).
#
# Like the other JMH benchmarks (see bench/jmh.sh): compiles the server's classes, then
# bench/landedcost/src against them with JMH's annotation processor, and runs JMH.
#
# Usage (from anywhere):  bench/run-landed-cost-bench.sh            # short run
#                         JMH_OPTS="-wi 5 -i 10 -f 2" bench/run-landed-cost-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/jmh.sh
. bench/jmh.sh
jmh_run landedcost LandedCostBenchmark

echo
echo "== one landed-cost estimate on the shipped rules ($RESULT)"
awk -F, 'NR > 1 { gsub(/"/, "", $1); score = $5; error = $6 }
  END {
    printf "estimate  %8.2f us (± %.2f)  (goal < 20 us: %s)\n", score, error, score < 20 ? "MET" : "NOT MET"
  }' "$RESULT"
