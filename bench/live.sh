#!/usr/bin/env bash
# Live updates' benchmark (issue 17's goals), one command. Starts two instances of the jar as
# production runs them (prod profile, Redis, the rate limiter on), on a database and a
# redis-server of the run's own, and measures:
#   1. delay: a STOMP subscriber on instance 1, 100 receipts POSTed one after another to
#      instance 2; for each, the time from sending the POST to the level's new figures arriving
#      at the subscriber (deploy/live-probe.py latency). Goal: p99 at most 1,000 ms.
#   2. cost: the movement POST of bench/run.sh (bench/post-movement.lua, wrk -t2 -c32, 20 s,
#      spread over 100 products in 5 warehouses) on instance 1, without subscribers and with 100
#      open sockets subscribed to /topic/stock-levels (50 on each instance), alternating
#      without, with, without, with. Goal: with at least 0.9x without.
# docs/PERFORMANCE.md explains the figures. About 4 minutes on a 2-core machine; run it alone.
#
# Settings (environment): LIVE_PG_HOST/PORT/USER (127.0.0.1, 5432, postgres; trust auth),
# LIVE_DURATION (20s per wrk run), LIVE_CONNECTIONS (32), LIVE_SUBSCRIBERS (100), LIVE_MOVEMENTS
# (100), LIVE_JAVA_OPTS (-Xmx512m), LIVE_SKIP_BUILD=1 to reuse target/*.jar.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
export BENCH_DIR="$here"

pg_host="${LIVE_PG_HOST:-127.0.0.1}"
pg_port="${LIVE_PG_PORT:-5432}"
pg_user="${LIVE_PG_USER:-postgres}"
duration="${LIVE_DURATION:-20s}"
connections="${LIVE_CONNECTIONS:-32}"
subscribers="${LIVE_SUBSCRIBERS:-100}"
movements="${LIVE_MOVEMENTS:-100}"
java_opts="${LIVE_JAVA_OPTS:--Xmx512m}"
python=/usr/bin/python3 # Debian's, with python3-websocket
db="stockroom_live_bench"
work="$root/target/bench-live"
mkdir -p "$work"
pids=()

log() { printf '[live %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
psql_admin() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
free_port() { "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
json() { sed -n "s/.*\"$1\" *: *\"\{0,1\}\([^,\"}]*\).*/\1/p" | head -n 1; }
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  log "installing wrk from Debian"
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
for tool in wrk psql redis-server curl openssl; do
  command -v "$tool" >/dev/null || { echo "bench/live.sh needs $tool (bench/run.sh installs wrk)" >&2; exit 1; }
done
"$python" -c 'import websocket' 2>/dev/null || { echo "bench/live.sh needs Debian's python3-websocket" >&2; exit 1; }

if [[ "${LIVE_SKIP_BUILD:-0}" != 1 ]]; then
  log "building the jar"
  ./mvnw -B -ntp -q -DskipTests package
fi
jar=$(ls target/stockroom-*.jar | grep -v -- '-plain\.jar$' | head -1)

redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$work/redis.log" 2>&1 &
pids+=($!)
port1=$(free_port)
port2=$(free_port)
app1="http://localhost:$port1"
app2="http://localhost:$port2"
log "database $db, Redis on $redis_port, instances on $port1 and $port2"
psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
psql_admin -c "CREATE DATABASE $db"

app_env=(
  SPRING_PROFILES_ACTIVE=prod
  SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db"
  SPRING_DATASOURCE_USERNAME="$pg_user"
  SPRING_DATASOURCE_PASSWORD="live-$(openssl rand -hex 8)"
  STOCKROOM_JWT_SECRET="base64:$(openssl rand -base64 32)"
  STOCKROOM_ALLOWED_HOSTS="127.0.0.1,localhost"
  STOCKROOM_BASE_URL="$app1"
  STOCKROOM_REDIS_URL="redis://127.0.0.1:$redis_port"
  STOCKROOM_REDIS_KEY_PREFIX="live-bench:"
  STOCKROOM_RATE_LIMIT_API_CAPACITY=1000000000
  STOCKROOM_JOBS_WORKER=false
)
start_instance() { # name port
  env "${app_env[@]}" SERVER_PORT="$2" java $java_opts -jar "$jar" >"$work/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://localhost:$2/actuator/health" && return 0
    sleep 0.2
  done
  tail -40 "$work/$1.log" >&2
  exit 1
}
start_instance app1 "$port1" # migrates the database first
start_instance app2 "$port2"

# A superuser: registered through the page, then made superuser in the database (prod has no
# demo users), signed in for a page session (the sockets') and a token (the POSTs').
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'; }
session_of() { tr -d '\r' | awk -F'[=;]' 'tolower($0) ~ /^set-cookie: stockroom_session=/ { print $2 }' | tail -n 1; }
user="live-bench"
password="live $(openssl rand -hex 12)"
page=$(curl -fsS -D "$work/h" "$app1/register")
cookie=$(session_of <"$work/h")
curl -fsS -o /dev/null -H "Cookie: STOCKROOM_SESSION=$cookie" --data-urlencode "username=$user" \
  --data-urlencode "email=live@example.com" --data-urlencode "fullName=Live Bench" \
  --data-urlencode "password=$password" --data-urlencode "passwordConfirmation=$password" \
  --data-urlencode "_csrf=$(printf '%s' "$page" | csrf_of)" "$app1/register"
psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$db" -qc \
  "UPDATE users SET superuser = TRUE, staff = TRUE WHERE username = '$user'" >/dev/null
page=$(curl -fsS -D "$work/h" "$app1/login")
cookie=$(session_of <"$work/h")
curl -fsS -o /dev/null -D "$work/h" -H "Cookie: STOCKROOM_SESSION=$cookie" --data-urlencode "username=$user" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$(printf '%s' "$page" | csrf_of)" "$app1/login"
session=$(session_of <"$work/h")
[[ -n "$session" ]] || session="$cookie"
access=$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"username\": \"$user\", \"password\": \"$password\"}" "$app1/api/v1/auth/token" | json access_token)
[[ -n "$access" ]] || { echo "no access token" >&2; exit 1; }
auth=(-H "Authorization: Bearer $access" -H 'Content-Type: application/json')
api_token=$(curl -fsS "${auth[@]}" -d '{"name": "live bench"}' "$app1/api/v1/account/tokens" | json key)
[[ -n "$api_token" ]] || { echo "no API token" >&2; exit 1; }

log "making 5 warehouses and 100 products"
warehouses=""
for i in 1 2 3 4 5; do
  id=$(curl -fsS "${auth[@]}" -d "{\"code\": \"LIVE$i\", \"name\": \"Live $i\"}" "$app1/api/v1/warehouses" | json id)
  warehouses="${warehouses:+$warehouses,}$id"
done
first=""
for i in $(seq 1 100); do
  id=$(curl -fsS "${auth[@]}" -d "{\"sku\": \"LIVE-$i\", \"name\": \"Live product $i\"}" "$app1/api/v1/products" | json id)
  first=${first:-$id}
  last=$id
done
((last - first == 99)) || { echo "product ids $first..$last are not one run of 100" >&2; exit 1; }

log "1. delay: $movements receipts on app2, a subscriber on app1"
"$python" deploy/live-probe.py latency --page-base "$app1" --cookie "STOCKROOM_SESSION=$session" \
  --ws "ws://localhost:$port1/ws" --post-base "$app2" --bearer "Bearer $access" \
  --product "$first" --warehouse "${warehouses%%,*}" --count "$movements" --limit-ms 1000 | tee "$work/latency.txt" || true
latency=$(grep '^LIVE ' "$work/latency.txt" || true)
[[ -n "$latency" ]] || { echo "the delay probe gave no result" >&2; exit 1; }

wrk_rps() { # name: one wrk run of the movement POST on app1; prints requests per second
  local out
  out=$(env BENCH_TOKEN="$api_token" BENCH_ID_BASE=$((first - 1)) BENCH_ID_COUNT=100 BENCH_WAREHOUSES="$warehouses" \
    wrk -t2 -c"$connections" -d"$duration" --timeout 10s -s "$here/post-movement.lua" "http://127.0.0.1:$port1" 2>&1)
  echo "$out" >"$work/wrk-$1.txt"
  local line
  line=$(grep '^BENCH ' <<<"$out")
  grep -q '4xx=0 5xx=0 errors=0' <<<"$line" || { echo "$1: not every POST answered 201: $line" >&2; exit 1; }
  sed 's/.*rps=\([^ ]*\).*/\1/' <<<"$line"
}
hold_subscribers() {
  "$python" deploy/live-probe.py hold --page-base "$app1" --cookie "STOCKROOM_SESSION=$session" \
    --ws "ws://localhost:$port1/ws" --ws "ws://localhost:$port2/ws" --count "$subscribers" >"$work/hold.txt" 2>&1 &
  hold_pid=$!
  pids+=($hold_pid)
  for _ in $(seq 1 300); do grep -q '^ready' "$work/hold.txt" 2>/dev/null && return 0; sleep 0.1; done
  echo "the subscribers did not connect: $(cat "$work/hold.txt")" >&2
  exit 1
}

log "2. the movement POST without and with $subscribers subscribers"
LIVE_DURATION_WARMUP=10s
env BENCH_TOKEN="$api_token" BENCH_ID_BASE=$((first - 1)) BENCH_ID_COUNT=100 BENCH_WAREHOUSES="$warehouses" \
  wrk -t2 -c"$connections" -d"$LIVE_DURATION_WARMUP" -s "$here/post-movement.lua" "http://127.0.0.1:$port1" >/dev/null 2>&1
without1=$(wrk_rps without-1)
hold_subscribers
with1=$(wrk_rps with-1)
kill "$hold_pid"
without2=$(wrk_rps without-2)
hold_subscribers
with2=$(wrk_rps with-2)
kill "$hold_pid"
without=$(echo "scale=1; ($without1 + $without2) / 2" | bc)
with=$(echo "scale=1; ($with1 + $with2) / 2" | bc)
ratio=$(echo "scale=2; $with / $without" | bc)
p99=$(sed 's/.*p99_ms=\([^ ]*\).*/\1/' <<<"$latency")

goal() { if [[ "$(echo "$1" | bc)" == 1 ]]; then echo met; else echo MISSED; fi; }
cat <<EOF

Live updates, $(date -u +%Y-%m-%dT%H:%MZ), two instances, wrk -t2 -c$connections -d$duration, JVM $java_opts
| Figure | Value | Goal |
|---|---|---|
| Delay, POST on instance 2 to the figures at a subscriber on instance 1 ($movements movements) | $(sed 's/LIVE movements=[0-9]* //; s/_ms=/ /g' <<<"$latency") ms | p99 <= 1000 ms: $(goal "$p99 <= 1000") |
| Movement POST req/s without subscribers | $without ($without1, $without2) | |
| Movement POST req/s with $subscribers subscribers | $with ($with1, $with2) | |
| With / without | ${ratio}x | >= 0.9x: $(goal "$ratio >= 0.9") |
EOF
