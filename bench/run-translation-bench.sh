#!/usr/bin/env bash
# Translation latency, one request at a time: Apertium warm (apertium-apy started the way
# the server starts it, on loopback), and the translation memory's hit on PostgreSQL.
# Like bench/run-language-eval.sh, it compiles the server's classes, takes the runtime
# classpath from Maven and runs bench/translation/src against them.
#
# The database is CLEANED and migrated: give one that holds nothing you want.
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/meridian_bench_translation (created if missing)
#   DB_USER=postgres   COUNT=300 (texts per measurement)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=bench/target/translation
DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/meridian_bench_translation}
DB_USER=${DB_USER:-postgres}
COUNT=${COUNT:-300}
JAVA=${BENCH_JAVA:-java}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms128m -Xmx512m}
mkdir -p "$OUT/classes" bench/results

DB_NAME=${DB_URL##*/}
if ! psql -h 127.0.0.1 -U "$DB_USER" -d postgres -tAc "select 1 from pg_database where datname = '$DB_NAME'" | grep -q 1; then
  psql -h 127.0.0.1 -U "$DB_USER" -d postgres -q -c "create database $DB_NAME encoding 'UTF8' template template0"
fi

echo "== building the server's classes and classpath"
./mvnw -q -B -DskipTests compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$ROOT/$OUT/server.classpath" >/dev/null
CP="$ROOT/target/classes:$(cat "$OUT/server.classpath")"

echo "== compiling bench/translation"
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
javac --release 17 -proc:none -encoding UTF-8 -d "$OUT/classes" -cp "$CP" $(find bench/translation/src -name '*.java')

RESULT="bench/results/translation-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "== $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA" $JAVA_OPTS -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -cp "$OUT/classes:$CP" \
    dev.meridian.language.TranslationBench "$DB_URL" "$DB_USER" "$COUNT"
  echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | grep -v -e ' INFO ' -e '^SLF4J' -e 'WARN' | tee "$RESULT"
echo "Full output: $RESULT"
