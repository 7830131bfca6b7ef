#!/usr/bin/env bash
# Hostile mail: parse time of each shape the fuzz test generates (repeated <style x, nested
# and unclosed tags, long headers, many encoded words, long address lists...) at the mail
# size limit, best of three after a warm-up, and the worst shape.
#
# Usage:  bench/run-mail-parse-bench.sh            SIZE=1048576 bench/run-mail-parse-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=bench/target/mail-parse
SIZE=${SIZE:-26214400}
mkdir -p "$OUT/classes" bench/results
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/$OUT/server.classpath" >/dev/null
CP="$ROOT/target/classes:$ROOT/target/test-classes:$(cat "$OUT/server.classpath")"
javac --release 17 -proc:none -encoding UTF-8 -d "$OUT/classes" -cp "$CP" bench/email/src/dev/meridian/bench/email/MailParseBench.java
RESULT="bench/results/mail-parse-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
  java -Xmx3g -cp "$OUT/classes:$CP" dev.meridian.bench.email.MailParseBench "$SIZE"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$RESULT"
