#!/usr/bin/env bash
# Load test of the reader feedback form: 1,000 readers on 127.0.0.1 open the form (no session, no cookie: ADR 28) and
# send it, CONCURRENCY at a time; every tenth sends its form twice at once (a double click). Then the application
# is stopped and the database is checked: every accepted form is stored exactly once, nothing else is stored.
# Bounded: the client gives up after five minutes; start-up is awaited for at most two.
#
#   scripts/load-feedback.sh        build the jar, start it on a free port with a fresh data folder, load, check
#
# The per-address rate limit and the minimum fill-in time are lifted for the run (all readers share one address
# and a script fills the form in at once); everything else is as in production. Needs a JDK >= 21.
set -euo pipefail
cd "$(dirname "$0")/.."

FORMS=${FORMS:-1000}
CONCURRENCY=${CONCURRENCY:-50}
WARMUP=${WARMUP:-200}
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="$JAVA_HOME/bin/java"

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/evidenz-*.jar | grep -v plain | head -1)
DATA=$(mktemp -d)
LOG="$DATA/evidenz.log"
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}

"$JAVA" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --evidenz.data-dir="$DATA" \
  --evidenz.jobs.enabled=false --evidenz.feedback.submissions-per-minute=1000000 \
  --evidenz.feedback.minimum-fill-time=0s > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; cp "$LOG" target/load-feedback.log 2>/dev/null || true; rm -rf "$DATA"' EXIT

deadline=$(( $(date +%s) + 120 ))
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/en/low-back-pain/passive-treatments" 2>/dev/null; do
  kill -0 $PID 2>/dev/null || { echo "Evidenz did not start:" >&2; tail -40 "$LOG" >&2; exit 1; }
  [ "$(date +%s)" -lt "$deadline" ] || { echo "Evidenz was not ready within two minutes" >&2; exit 1; }
  sleep 0.2
done

echo "Warming up with $WARMUP forms (stored and checked too, not measured)"
"$JAVA" scripts/LoadFeedback.java "http://127.0.0.1:$PORT" "$WARMUP" "$CONCURRENCY" "$DATA/warmup.txt" > /dev/null
echo "Submitting $FORMS feedback forms, $CONCURRENCY at a time, to 127.0.0.1:$PORT"
"$JAVA" scripts/LoadFeedback.java "http://127.0.0.1:$PORT" "$FORMS" "$CONCURRENCY" "$DATA/accepted.txt"
cat "$DATA/warmup.txt" >> "$DATA/accepted.txt"

kill $PID; wait $PID 2>/dev/null || true
mkdir -p "$DATA/lib"
unzip -q -o -j "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$DATA/lib"
H2=$(ls "$DATA"/lib/h2-*.jar)
query() {
  "$JAVA" -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/evidenz" -user sa -password '' -sql "$1" \
    | grep -v -e '^(' -e '^$' | tail -n +2
}
query "select form_token from feedback" | tr -d ' ' | sort > "$DATA/stored.txt"
sort "$DATA/accepted.txt" > "$DATA/accepted-sorted.txt"
stored=$(wc -l < "$DATA/stored.txt")
distinct=$(sort -u "$DATA/stored.txt" | wc -l)
accepted=$(wc -l < "$DATA/accepted-sorted.txt")
plaintext=$(query "select count(*) from feedback where comment_enc like '%Load test%' or email_enc like '%example.org%'" | tr -d ' ')
echo "Database: $stored rows, $distinct distinct form tokens; $accepted forms accepted; rows with plaintext: $plaintext"
if [ "$stored" = "$accepted" ] && [ "$distinct" = "$stored" ] && diff -q "$DATA/stored.txt" "$DATA/accepted-sorted.txt" >/dev/null \
    && [ "$plaintext" = 0 ]; then
  echo "OK: every accepted form is stored exactly once, and nothing else is stored"
else
  echo "MISMATCH between accepted forms and stored rows" >&2
  exit 1
fi
