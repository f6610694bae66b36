#!/usr/bin/env bash
# Search benchmark (JMH): index build time for 10,000 generated articles (70,000 documents) and query latency
# percentiles with 1 and 2 threads. Same seed, same corpus. Takes about five minutes.
#
#   scripts/benchmark-search.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
CP="target/test-classes:target/classes:$(cat target/benchmark.classpath)"
run() {
  "$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main "$@"
}
echo "== Index build (2 warm-up and 5 measured full rebuilds of 10,000 articles)"
run 'SearchBenchmark.rebuild' -f 1 -wi 2 -i 5 -bm ss "$@"
for threads in 1 2; do
  echo "== Query latency, $threads thread(s)"
  run 'SearchBenchmark.search' -f 1 -wi 2 -w 5s -i 3 -r 10s -t "$threads" "$@"
done
