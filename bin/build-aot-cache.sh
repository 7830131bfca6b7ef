#!/usr/bin/env bash
# Builds the start-up cache of the packaged server, so that it starts in a few seconds:
#   1. packages the server if target/meridian-0.1.0-SNAPSHOT.jar is missing;
#   2. extracts it into target/aot/ (Spring Boot's jar tools: plain jars on a class path,
#      which the JVM can cache, unlike the jars nested in the packaged one);
#   3. runs a training start in a scratch directory (its own embedded PostgreSQL, created
#      and migrated, then stopped) that ends as soon as the application context is up
#      (spring.context.exit=onRefresh), and writes the cache:
#      JDK 25+: an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles),
#      JDK 17-24: a CDS archive of the loaded classes.
# Then it prints the command that runs the server with the cache. Build the cache again
# after every rebuild of the jar and with the java that will run it; a stale or foreign
# cache is refused by the JVM with a warning and the server starts without it.
#
# Usage: bin/build-aot-cache.sh            (the java on the PATH, or JAVA=/path/to/java)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA="${JAVA:-java}"
JAR="$ROOT/target/meridian-0.1.0-SNAPSHOT.jar"
OUT="$ROOT/target/aot"
# The options the server runs with (the cache wants the same collector and heap mode).
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
read -r -a JAVA_ARGS <<<"$JAVA_OPTS"

if [[ ! -f "$JAR" ]]; then
  (cd "$ROOT" && ./mvnw -q -DskipTests package)
fi
rm -rf "$OUT"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT"
APP="$OUT/$(basename "$JAR")"

version="$("$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "AOTCacheOutput" {print "aot"}')"
if [[ "$version" == "aot" ]]; then
  CACHE="$OUT/meridian.aot"
  TRAIN=("-XX:AOTCacheOutput=$CACHE" --enable-native-access=ALL-UNNAMED)
  RUN="-XX:AOTCache=$CACHE --enable-native-access=ALL-UNNAMED"
else
  CACHE="$OUT/meridian.jsa"
  TRAIN=("-XX:ArchiveClassesAtExit=$CACHE")
  RUN="-XX:SharedArchiveFile=$CACHE"
fi

mkdir -p "$OUT/training"
started=$SECONDS
(cd "$OUT/training" && SERVER_PORT=0 "$JAVA" "${JAVA_ARGS[@]}" "${TRAIN[@]}" -Dspring.context.exit=onRefresh \
  -jar "$APP" >"$OUT/training.log" 2>&1) || {
  echo "The training run failed; its log: $OUT/training.log" >&2
  tail -n 20 "$OUT/training.log" >&2
  exit 1
}
rm -rf "$OUT/training"
[[ -f "$CACHE" ]] || { echo "No cache written; see $OUT/training.log" >&2; exit 1; }
echo "Cache $CACHE ($(du -m "$CACHE" | cut -f1) MB) built in $((SECONDS - started)) s with $("$JAVA" -version 2>&1 | head -1)."
echo "Run the server with it:"
echo "  $JAVA $JAVA_OPTS $RUN -jar ${APP#"$PWD"/}"
