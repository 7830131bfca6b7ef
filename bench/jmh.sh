# Shared by the JMH benchmarks' scripts (source it from the repository root): builds the
# server's classes, compiles bench/<name>/src against them with JMH, and runs one
# benchmark class, writing its CSV to bench/results. Sets RESULT to that file.
#
# Usage: jmh_run <name> <BenchmarkClass>   (JMH_OPTS and BENCH_JAVA as in the callers)
jmh_run() {
  local name=$1 benchmark=$2
  local root=$PWD out="bench/target/$name"
  local opts=${JMH_OPTS:--wi 2 -w 1s -i 3 -r 1s -f 1}
  local java=${BENCH_JAVA:-java}
  mkdir -p "$out/classes" bench/results

  echo "== building the server's classes and classpaths"
  ./mvnw -q -B -DskipTests compile
  ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$root/$out/server.classpath" >/dev/null
  ./mvnw -q -B -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/$out/jmh.classpath" >/dev/null
  local cp="$root/target/classes:$(cat "$out/server.classpath"):$(cat "$out/jmh.classpath")"

  echo "== compiling bench/$name"
  # shellcheck disable=SC2046
  javac --release 17 -d "$out/classes" -cp "$cp" -processorpath "$(cat "$out/jmh.classpath")" \
    $(find "bench/$name/src" -name '*.java')

  RESULT="bench/results/$name-$(date -u +%Y%m%dT%H%M%SZ).csv"
  echo "== JMH $opts (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  # shellcheck disable=SC2086
  "$java" -Xmx1g -cp "$out/classes:$cp" org.openjdk.jmh.Main "$benchmark" $opts -rf csv -rff "$RESULT"
}
