#!/usr/bin/env bash
# Language detection: accuracy per language and per text length (with and without what is
# known of the customer), und versus wrong answers, latency per message and heap used, on
# the corpus in bench/language/corpus, through the server's own LanguageDetection.
#
# Like bench/run-calendar-bench.sh: the server's jar is a Spring Boot fat jar (classes
# under BOOT-INF/, not loadable as a library), so this script compiles the server
# (./mvnw compile: plain classes in target/classes), takes its runtime classpath from
# Maven, compiles bench/language/src against both and runs it, once per Lingua accuracy
# mode, each in its own JVM so that the heap figure is that mode's alone.
#
# Usage (from anywhere):  bench/run-language-eval.sh              # high, then low accuracy
#                         MODES=high bench/run-language-eval.sh   # one mode
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=bench/target/language
MODES=${MODES:-high low}
JAVA=${BENCH_JAVA:-java}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms256m -Xmx2g}
mkdir -p "$OUT/classes" bench/results

echo "== building the server's classes and classpath"
./mvnw -q -B -DskipTests compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$ROOT/$OUT/server.classpath" >/dev/null
CP="$ROOT/target/classes:$(cat "$OUT/server.classpath")"

echo "== compiling bench/language"
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
javac --release 17 -proc:none -encoding UTF-8 -d "$OUT/classes" -cp "$CP" $(find bench/language/src -name '*.java')

RESULT="bench/results/language-$(date -u +%Y%m%dT%H%M%SZ).txt"
for mode in $MODES; do
  echo
  "$JAVA" $JAVA_OPTS -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -cp "$OUT/classes:$CP" \
    dev.meridian.bench.language.LanguageEvaluation bench/language/corpus "$mode"
done 2>&1 | grep -v -e ' INFO ' -e '^SLF4J' | tee "$RESULT"

echo
echo "== memory against accuracy, the 20 languages ($RESULT)"
awk -F'\t' '/^SUMMARY/ {
    for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    if (!header++) printf "%-14s %9s %8s %10s %11s %11s %11s %15s %15s\n", "mode", "load ms", "heap MB",
      "sentences", "1-3w none", "1-3w cust.", "1-3w market", "p50/p99 sent µs", "p50/p99 short µs"
    printf "%-14s %9s %8s %9s%% %10s%% %10s%% %10s%% %15s %15s\n", $2 " accuracy", v["load_ms"], v["heap_mb"],
      v["sentences"], v["short_none"], v["short_customer"], v["short_market"],
      v["p50_sentence_us"] "/" v["p99_sentence_us"], v["p50_short_us"] "/" v["p99_short_us"]
  }' "$RESULT" | tee -a "$RESULT"
