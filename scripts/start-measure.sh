# Sourced by benchmark-startup.sh and benchmark-scale.sh: a port (PORT, or a free one) and a work folder that go
# away with the script, and how to start the application and measure how it comes up. Needs python3 and curl.

PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
PID=
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# Starts "$@" with its output in $1, waits until readiness answers 200 and sets PID, READY_MS (from launch),
# SPRING_S (Spring's "Started ... in X seconds") and RSS_READY (MB at that moment).
start_and_wait_ready() {
  local log=$1; shift
  local start
  start=$(date +%s%N)
  "$@" > "$log" 2>&1 &
  PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ]; do
    kill -0 "$PID" 2>/dev/null || { echo "Evidenz did not start:" >&2; tail -40 "$log" >&2; exit 1; }
    sleep 0.05
  done
  READY_MS=$(( ($(date +%s%N) - start) / 1000000 ))
  RSS_READY=$(rss_mb "$PID")
  SPRING_S=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$log" | grep -o '[0-9.]* seconds' | cut -d' ' -f1)
}
