#!/usr/bin/env bash
# Email ingestion: N mixed mails (default 10,000; the test corpus, each copy with its own
# Message-ID) from a local IMAP server (GreenMail, started by the bench) into tickets on
# PostgreSQL (database meridian_email_bench on 127.0.0.1:5432, dropped and recreated),
# through the server's own mailbox poller. Prints messages/s and the share of intake time
# spent parsing against storing.
#
# Usage:  bench/run-email-bench.sh            COUNT=2000 bench/run-email-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=bench/target/email
COUNT=${COUNT:-10000}
DB_NAME=${DB_NAME:-meridian_email_bench}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms512m -Xmx2g}
mkdir -p "$OUT/classes" bench/results

echo "== building the server's classes and classpath"
./mvnw -q -B -DskipTests compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/$OUT/server.classpath" >/dev/null
CP="$ROOT/target/classes:$(cat "$OUT/server.classpath")"
javac --release 17 -proc:none -encoding UTF-8 -d "$OUT/classes" -cp "$CP" bench/email/src/dev/meridian/bench/email/EmailIngestBench.java

psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB_NAME" -c "create database $DB_NAME"
RESULT="bench/results/email-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
  java $JAVA_OPTS -Dfile.encoding=UTF-8 -cp "$OUT/classes:$CP" dev.meridian.bench.email.EmailIngestBench \
    src/test/resources/mail/corpus "$COUNT" "jdbc:postgresql://127.0.0.1:5432/$DB_NAME"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | grep --line-buffered -v -e ' INFO ' -e '^SLF4J' -e 'icegreen' | tee "$RESULT"
