#!/usr/bin/env bash
# Start-up benchmark of the packaged application: time to ready and resident memory, with a fresh data folder and
# the demo content, for the plain fat jar and for the production launch (extracted jar with a JDK AOT cache). It
# builds nothing: it measures target/evidenz-*.jar (or JAR=...) and says what is missing.
#
#   scripts/benchmark-startup.sh            3 rounds; about two minutes on an idle machine
#
# Settings: ROUNDS (3), PORT (a free one), JAR, JVM_FLAGS (the production memory flags of the README; set it to ""
# to measure the JVM's defaults), MODES ("jar aot restart"), TRAINING of the AOT cache ("refresh": the README's run
# up to the refreshed context; "serve": a whole start that loads the pages and is then stopped). Each round and
# mode starts the application, polls /actuator/health/readiness until it answers 200 (time to ready, from launch),
# reads "Started ... in X seconds" from the log and VmRSS from /proc/PID/status, loads a few pages, reads VmRSS
# again and stops it.
#   jar      java -jar target/evidenz-*.jar, fresh data folder (demo content is imported during start-up)
#   aot      the extracted jar with an AOT cache trained once before the rounds, fresh data folder
#   restart  aot again on the data folder the aot round left: content and search index are there already
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
MODES=${MODES:-jar aot restart}
TRAINING=${TRAINING:-refresh}
JVM_FLAGS=${JVM_FLAGS--XX:+UseSerialGC -Xms32m -XX:MaxRAMPercentage=50 -Xss512k -XX:ReservedCodeCacheSize=64m}
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="$JAVA_HOME/bin/java"
missing=()
[ -x "$JAVA" ] || missing+=("a JDK (set JAVA_HOME)")
command -v curl >/dev/null || missing+=("curl (apt-get install curl)")
JAR=${JAR:-$(ls target/evidenz-*.jar 2>/dev/null | grep -v -e plain -e '\.original$' | head -1 || true)}
[ -n "$JAR" ] && [ -f "$JAR" ] || missing+=("the packaged jar target/evidenz-*.jar (./mvnw -DskipTests package)")
if [ ${#missing[@]} -gt 0 ]; then
  printf 'Missing: %s\n' "${missing[@]}" >&2
  exit 1
fi
feature=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }')
if [[ " $MODES " == *" aot "* || " $MODES " == *" restart "* ]] && [ "${feature%%.*}" -lt 25 ]; then
  echo "The AOT cache (-XX:AOTCacheOutput) needs JDK 25 or newer; $JAVA is $feature" >&2
  exit 1
fi
# shellcheck source=start-measure.sh
. scripts/start-measure.sh
ARGS=(--server.port="$PORT" --evidenz.jobs.enabled=false)


# Starts "$@", waits for readiness and prints: ms to ready, Spring's seconds, RSS after ready, RSS after pages.
measure() {
  start_and_wait_ready "$@"
  for _ in 1 2 3 4 5; do
    for path in /en/ /de/ /en/low-back-pain/passive-treatments /de/rueckenschmerzen/passive-behandlungen \
        /en/treatments/massage /api/v1/articles?lang=en '/en/search?q=massage'; do
      curl -s -o /dev/null "$BASE$path"
    done
  done
  local rss_pages
  rss_pages=$(rss_mb "$PID")
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  RESULT="$READY_MS $SPRING_S $RSS_READY $rss_pages"
}

if [[ " $MODES " == *" aot "* || " $MODES " == *" restart "* ]]; then
  echo "Extracting $JAR and training the AOT cache ($TRAINING)..." >&2
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
  APP_JAR=$(ls "$WORK"/app/*.jar | head -1)
  if [ "$TRAINING" = refresh ]; then
    # shellcheck disable=SC2086 # JVM_FLAGS is a list of flags
    "$JAVA" $JVM_FLAGS -XX:AOTCacheOutput="$WORK/app/app.aot" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
        "${ARGS[@]}" --evidenz.data-dir="$WORK/training" > "$WORK/training.log" 2>&1 \
        || { echo "The training run failed:" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
  else
    # A whole start with the demo import, the pages loaded, then SIGTERM: the JVM writes the cache as it exits.
    # shellcheck disable=SC2086
    measure "$WORK/training.log" "$JAVA" $JVM_FLAGS -XX:AOTCacheOutput="$WORK/app/app.aot" -jar "$APP_JAR" \
        "${ARGS[@]}" --evidenz.data-dir="$WORK/training"
  fi
  [ -f "$WORK/app/app.aot" ] \
    || { echo "The training run wrote no AOT cache:" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
fi

echo "Load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min), $(nproc) cores; JVM flags: ${JVM_FLAGS:-none}" >&2
echo
echo "| Round | Launch | Ready (ms) | Spring: started in (s) | RSS at ready (MB) | RSS after 35 pages (MB) |"
echo "|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  data="$WORK/data-$round"
  for mode in $MODES; do
    case $mode in
      # shellcheck disable=SC2086
      jar) rm -rf "$data-jar"; measure "$WORK/$mode-$round.log" \
          "$JAVA" $JVM_FLAGS -jar "$JAR" "${ARGS[@]}" --evidenz.data-dir="$data-jar" ;;
      # shellcheck disable=SC2086
      aot|restart) [ "$mode" = aot ] && rm -rf "$data"; measure "$WORK/$mode-$round.log" \
          "$JAVA" $JVM_FLAGS -XX:AOTCache="$WORK/app/app.aot" -jar "$APP_JAR" "${ARGS[@]}" \
          --evidenz.data-dir="$data" ;;
      *) echo "Unknown mode $mode" >&2; exit 1 ;;
    esac
    read -r ms s r1 r2 <<< "$RESULT"
    printf '| %s | %s | %s | %s | %s | %s |\n' "$round" "$mode" "$ms" "$s" "$r1" "$r2"
    if [ "$mode" = restart ] && grep -q 'Search index' "$WORK/$mode-$round.log"; then
      echo "  (restart rebuilt a search index: $(grep -o 'Search index.*' "$WORK/$mode-$round.log" | tr '\n' ' '))"
    fi
  done
done
echo
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
