#!/usr/bin/env bash
# Delivery speed beside a static file server: Evidenz against nginx serving the very same bytes (and their .gz,
# gzip_static on) at the same addresses, with wrk in alternating rounds, plain and as a browser asks
# (Accept-Encoding: gzip, br). Prints requests/s of both, their ratio and Evidenz's p99. About three minutes.
#
#   scripts/benchmark-delivery.sh          build the jar, start it and nginx on free ports with temporary folders
#
# Settings: ROUNDS (default 2), DURATION per wrk run (5s), CONNECTIONS (64), THREADS (2), SKIP_BUILD=1, JAR.
# Needs wrk and nginx (Debian: apt-get install wrk nginx), curl, gzip and a JDK >= 21 (JAVA_HOME, or Temurin 25
# under /usr/lib/jvm). wrk, nginx and the server share the machine's cores: the figures are a floor, and only
# comparable within one run.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-5s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}

missing=()
for tool in wrk nginx curl gzip; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing: ${missing[*]}. Install them first (Debian/Ubuntu: apt-get install ${missing[*]})." >&2
  exit 1
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="$JAVA_HOME/bin/java"

free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 20000 ))
    ss -ltn "sport = :$port" | grep -q LISTEN || { echo "$port"; return; }
  done
}

if [ -z "${JAR:-}" ]; then
  [ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B -DskipTests package
  JAR=$(ls target/evidenz-*.jar | grep -v plain | head -1)
fi
WORK=$(mktemp -d)
APP_PORT=$(free_port)
NGINX_PORT=$(free_port)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$WORK"' EXIT

"$JAVA" -jar "$JAR" --server.port="$APP_PORT" --evidenz.data-dir="$WORK/data" --evidenz.jobs.enabled=false \
  --evidenz.api.requests-per-minute=1000000000 > "$WORK/evidenz.log" 2>&1 &
PIDS+=($!)
APP="http://127.0.0.1:$APP_PORT"
ARTICLE=/en/low-back-pain/passive-treatments
# The demo content loads after start-up, the German edition last: wait for it, or the pages change under wrk.
until curl -fs -o /dev/null "$APP/de/rueckenschmerzen/passive-behandlungen" 2>/dev/null; do
  kill -0 "${PIDS[0]}" 2>/dev/null || { echo "Evidenz did not start:" >&2; tail -40 "$WORK/evidenz.log" >&2; exit 1; }
  sleep 0.2
done

CSS=$(curl -fs "$APP$ARTICLE" | grep -o '/assets/css/[^"]*\.css' | head -1)
PATHS=("$ARTICLE" /en/treatments/manual-therapy "/api/v1/articles?lang=en" "$CSS")

echo "Warming up Evidenz ..." >&2
for path in "${PATHS[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -H 'Accept-Encoding: gzip, br' "$APP$path" > /dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$APP$path" > /dev/null
done

# The same bytes, as files, for nginx; the query string plays no part in nginx's file look-up.
DOCS="$WORK/docroot"
for path in "${PATHS[@]}"; do
  file="$DOCS${path%%\?*}"
  mkdir -p "$(dirname "$file")"
  curl -fs -o "$file" "$APP$path"
  gzip -6 -k -f "$file"
done
mkdir -p "$WORK/nginx"
chmod 755 "$WORK"; chmod -R a+rX "$DOCS" # nginx's workers run as an unprivileged user
cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  gzip_static on;
  gzip_vary on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $DOCS;
    location / { types { } default_type "text/html; charset=utf-8"; }
    location /api/ { types { } default_type application/json; }
    location /assets/ { types { text/css css; } add_header Cache-Control "public, max-age=31536000, immutable"; }
  }
}
EOF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
PIDS+=($!)
NGX="http://127.0.0.1:$NGINX_PORT"
for _ in $(seq 100); do curl -fs -o /dev/null "$NGX$ARTICLE" 2>/dev/null && break; sleep 0.1; done
curl -fs -o /dev/null "$NGX$ARTICLE" || { echo "nginx does not serve the files:" >&2; tail -5 "$WORK/nginx/error.log" >&2; exit 1; }
# The same size both ways, or the comparison is not of the same bytes.
for path in "${PATHS[@]}"; do
  a=$(curl -fs "$APP$path" | wc -c); b=$(curl -fs "$NGX$path" | wc -c)
  [ "$a" = "$b" ] || echo "Warning: $path is $a bytes from Evidenz but $b from nginx" >&2
done

to_ms() { # wrk prints 812.00us, 3.41ms or 1.20s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000;
                         printf "%.1f", n }'
}
# One wrk run: "requests/s p99-ms non-2xx"
run() {
  local url=$1 encoding=$2 out
  if [ -n "$encoding" ]; then
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Accept-Encoding: $encoding" "$url")
  else
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url")
  fi
  local rps p99 bad
  rps=$(echo "$out" | awk '/Requests\/sec/ { printf "%d", $2 }')
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
  bad=$(echo "$out" | awk '/Non-2xx/ { print $NF }')
  echo "$rps $p99 ${bad:-0}"
}


declare -A app_rps ngx_rps app_p99 app_bad
for round in $(seq "$ROUNDS"); do
  echo "Round $round of $ROUNDS (load: $(cut -d' ' -f1-3 /proc/loadavg)) ..." >&2
  for path in "${PATHS[@]}"; do
    for encoding in "" "gzip, br"; do
      key="$path|$encoding"
      read -r rps p99 bad < <(run "$APP$path" "$encoding")
      app_rps[$key]="${app_rps[$key]:-} $rps"; app_p99[$key]="${app_p99[$key]:-} $p99"
      app_bad[$key]=$(( ${app_bad[$key]:-0} + bad ))
      read -r rps _ _ < <(run "$NGX$path" "$encoding")
      ngx_rps[$key]="${ngx_rps[$key]:-} $rps"
    done
  done
done

range() { echo "$1" | tr ' ' '\n' | grep . | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 }
  END { if (lo == hi) print lo; else print lo "–" hi }'; }
sum() { echo "$1" | tr ' ' '\n' | awk '{ s += $1 } END { print s }'; }
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $ROUNDS alternating rounds, 127.0.0.1; ranges over rounds"
echo
echo "| Path | Accept-Encoding | Evidenz req/s | nginx req/s | Evidenz / nginx | Evidenz p99 (ms) | non-2xx |"
echo "|---|---|---|---|---|---|---|"
for path in "${PATHS[@]}"; do
  for encoding in "" "gzip, br"; do
    key="$path|$encoding"
    ratio=$(awk -v a="$(sum "${app_rps[$key]}")" -v b="$(sum "${ngx_rps[$key]}")" \
      'BEGIN { printf "%.2f×", (b > 0 ? a / b : 0) }')
    printf '| `%s` | %s | %s | %s | %s | %s | %s |\n' "$path" "${encoding:-none}" "$(range "${app_rps[$key]}")" \
      "$(range "${ngx_rps[$key]}")" "$ratio" "$(range "${app_p99[$key]}")" "${app_bad[$key]}"
  done
done
