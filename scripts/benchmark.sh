#!/usr/bin/env bash
# Performance baseline of the reader site: start-up time, memory after start, and requests per second and p99
# latency of the article page and its JSON under wrk on 127.0.0.1. Bounded: about two minutes in all.
#
#   scripts/benchmark.sh            build the jar, start it on port 18080 with a fresh data folder, measure, stop
#
# Needs wrk (Debian: apt-get install wrk) and a JDK >= 21 (JAVA_HOME, or Temurin 25 under /usr/lib/jvm).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="$JAVA_HOME/bin/java"

./mvnw -q -B -DskipTests package
JAR=$(ls target/evidenz-*.jar | grep -v plain | head -1)
DATA=$(mktemp -d)
LOG="$DATA/evidenz.log"

start=$(date +%s%N)
"$JAVA" -jar "$JAR" --server.port="$PORT" --evidenz.data-dir="$DATA" > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT

until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $PID 2>/dev/null || { echo "Evidenz did not start:" >&2; tail -40 "$LOG" >&2; exit 1; }
  sleep 0.1
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
# The demo content loads right after start-up; wait for it before measuring memory.
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/en/low-back-pain/passive-treatments"; do sleep 0.1; done
spring_started=$(grep -o 'Started EvidenzApplication in [0-9.]* seconds' "$LOG" | grep -o '[0-9.]*' | head -1)
rss_mb=$(( $(ps -o rss= -p $PID) / 1024 ))
"$JAVA_HOME/bin/jcmd" $PID GC.run > /dev/null
heap_used_mb=$("$JAVA_HOME/bin/jcmd" $PID GC.heap_info | awk '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") { gsub(/K,?/, "", $(i+1)); printf "%d", $(i+1) / 1024 } }')

measure() {
  local path=$1
  wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "http://127.0.0.1:$PORT$path" > /dev/null   # warm-up
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$path")
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  printf '| %s | %s | %s | %s |\n' "$path" "$rps" "$p50" "$p99"
}

echo
echo "Start-up: ready (health UP) after ${ready_ms} ms from launch; Spring reports ${spring_started} s"
echo "Memory after start: RSS ${rss_mb} MB, heap used after GC ${heap_used_mb} MB"
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on 127.0.0.1 (after a 10 s warm-up):"
echo
echo "| Path | Requests/s | p50 | p99 |"
echo "|---|---|---|---|"
measure /en/low-back-pain/passive-treatments
measure /api/v1/articles/en/low-back-pain/passive-treatments
