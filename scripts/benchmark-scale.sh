#!/usr/bin/env bash
# Scale benchmark: a generated bundle of 1,000 articles (the demo bundle plus generated English articles in twenty
# topics, text from the search benchmark's generator), imported with --import-bundle (timed), then the site started
# on it (time to ready, RSS) and a short wrk run per address. It builds nothing: it needs target/evidenz-*.jar and
# target/test-classes (./mvnw -DskipTests package builds both) and says what is missing.
#
#   scripts/benchmark-scale.sh          about two minutes on an idle machine
#
# Settings: ARTICLES (1000), ROUNDS of start-up (2), PORT (a free one), JAR, JVM_FLAGS (the README's production
# memory flags; "" for the JVM's defaults), DURATION per wrk run (5s), CONNECTIONS (64), THREADS (2).
# Start-up is measured as scripts/benchmark-startup.sh does, for the plain jar and for the extracted jar with an AOT
# cache (trained once on the imported data).
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-1000}
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-5s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
JVM_FLAGS=${JVM_FLAGS--XX:+UseSerialGC -Xms32m -XX:MaxRAMPercentage=50 -Xss512k -XX:ReservedCodeCacheSize=64m}
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="$JAVA_HOME/bin/java"
missing=()
[ -x "$JAVA" ] || missing+=("a JDK 25 (set JAVA_HOME)")
command -v curl >/dev/null || missing+=("curl (apt-get install curl)")
command -v wrk >/dev/null || missing+=("wrk (apt-get install wrk)")
JAR=${JAR:-$(ls target/evidenz-*.jar 2>/dev/null | grep -v -e plain -e '\.original$' | head -1 || true)}
[ -n "$JAR" ] && [ -f "$JAR" ] || missing+=("the packaged jar target/evidenz-*.jar (./mvnw -DskipTests package)")
[ -f target/test-classes/org/evidenz/search/GeneratedBundle.class ] \
  || missing+=("the bundle generator in target/test-classes (./mvnw -DskipTests package)")
if [ ${#missing[@]} -gt 0 ]; then
  printf 'Missing: %s\n' "${missing[@]}" >&2
  exit 1
fi
# shellcheck source=start-measure.sh
. scripts/start-measure.sh
# Jobs off and the API's per-client limit lifted: wrk is one client.
ARGS=(--server.port="$PORT" --evidenz.jobs.enabled=false --evidenz.bundle.load-demo=false
  --evidenz.api.requests-per-minute=100000000 --evidenz.data-dir="$WORK/data")
seconds() { date -d "$1" +%s.%N; }

echo "Load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min), $(nproc) cores; JVM flags: ${JVM_FLAGS:-none}" >&2
"$JAVA" -cp target/test-classes org.evidenz.search.GeneratedBundle src/main/resources/content "$WORK/bundle" \
  "$ARTICLES"
echo "Bundle: $(find "$WORK/bundle" -name '*.md' | wc -l) articles, $(du -sh "$WORK/bundle" | cut -f1)" >&2

# shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
start=$(date +%s%N)
"$JAVA" $JVM_FLAGS -jar "$JAR" "${ARGS[@]}" --import-bundle="$WORK/bundle" > "$WORK/import.log" 2>&1 \
  || { echo "The import failed:" >&2; grep -v '^\s*at ' "$WORK/import.log" | tail -30 >&2; exit 1; }
import_ms=$(( ($(date +%s%N) - start) / 1000000 ))
started_at=$(grep -m1 'Started [A-Za-z]* in' "$WORK/import.log" | cut -d' ' -f1)
imported_at=$(grep -m1 'Imported ' "$WORK/import.log" | cut -d' ' -f1)
import_only=$(awk -v a="$(seconds "$started_at")" -v b="$(seconds "$imported_at")" 'BEGIN { printf "%.1f", b - a }')
echo "Import of $ARTICLES generated articles (+ the demo): whole run ${import_ms} ms, of which the import itself" \
  "${import_only} s (from 'Started' to 'Imported', search index included)"
grep -o 'Search index.*' "$WORK/import.log" | sed 's/^/  /'

measure() {
  start_and_wait_ready "$@"
  for a in 0 1 2 3 4 5 6 7 8 9; do
    curl -s -o /dev/null "$BASE/en/generated-topic-$a/article-$a"
    curl -s -o /dev/null "$BASE/en/generated-topic-$a"
  done
  curl -s -o /dev/null "$BASE/api/v1/articles?lang=en"
  RESULT="$READY_MS $SPRING_S $RSS_READY $(rss_mb "$PID")"
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }

"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
APP_JAR=$(ls "$WORK"/app/*.jar | head -1)
# shellcheck disable=SC2086
"$JAVA" $JVM_FLAGS -XX:AOTCacheOutput="$WORK/app/app.aot" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
    "${ARGS[@]}" > "$WORK/training.log" 2>&1 \
  || { echo "The training run failed:" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }

echo
echo "| Round | Launch | Ready (ms) | Spring: started in (s) | RSS at ready (MB) | RSS after 21 pages (MB) |"
echo "|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  for mode in jar aot; do
    if [ $mode = jar ]; then
      # shellcheck disable=SC2086
      measure "$WORK/$mode-$round.log" "$JAVA" $JVM_FLAGS -jar "$JAR" "${ARGS[@]}"
    else
      # shellcheck disable=SC2086
      measure "$WORK/$mode-$round.log" \
        "$JAVA" $JVM_FLAGS -XX:AOTCache="$WORK/app/app.aot" -jar "$APP_JAR" "${ARGS[@]}"
    fi
    read -r ms s r1 r2 <<< "$RESULT"
    printf '| %s | %s | %s | %s | %s | %s |\n' "$round" "$mode" "$ms" "$s" "$r1" "$r2"
    if grep -q 'Search index' "$WORK/$mode-$round.log"; then
      echo "  (the start rebuilt a search index: $(grep -o 'Search index.*' "$WORK/$mode-$round.log" | tr '\n' ' '))"
    fi
    # The last round's aot start stays up for wrk.
    if [ "$round" != "$ROUNDS" ] || [ $mode != aot ]; then stop; fi
  done
done

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency on 127.0.0.1 (after a 1 s warm-up each), aot launch:"
echo
echo "| Path | Requests/s | p50 | p99 | Non-2xx |"
echo "|---|---|---|---|---|"
for path in /en/generated-topic-7/article-507 /en/generated-topic-7 "/api/v1/articles?lang=en"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  [ "$code" = 200 ] || echo "  $path answers $code" >&2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d1s "$BASE$path" > /dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path")
  printf '| %s | %s | %s | %s | %s |\n' "$path" "$(echo "$out" | awk '/Requests\/sec/ { print $2 }')" \
    "$(echo "$out" | awk '$1 == "50%" { print $2 }')" "$(echo "$out" | awk '$1 == "99%" { print $2 }')" \
    "$(echo "$out" | awk '/Non-2xx/ { print $NF }')"
done
echo "RSS after wrk: $(rss_mb "$PID") MB" >&2
stop
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
