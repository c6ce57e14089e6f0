#!/usr/bin/env bash
# Scale-out test: two Stockroom instances behind the project's own Nginx configuration, on this
# machine, against the shared PostgreSQL and Redis. Prints each check; exits non-zero on the
# first that fails. Run by .ci/run after the test suite; on its own:
#
#   deploy/scale-test.sh
#
# What it needs: Java 17+, PostgreSQL on SCALE_PG_HOST:SCALE_PG_PORT (default 127.0.0.1:5432,
# user postgres, trust authentication, as on this project's machines and in CI), redis-server
# and redis-cli (installed with apt-get when missing), psql, curl, openssl and python3. Debian's
# nginx is installed when missing (apt-get); wrk is used for the load when present, a curl loop
# otherwise. The jar is built when target/ has none.
#
# What it does: creates a database of its own and starts a Redis of its own (on a free port,
# or SCALE_REDIS_PORT), so that check 6 can stop it without touching the machine's shared
# Redis; starts the jar twice (prod profile, generated secrets, ports 18081 and 18082 or
# SCALE_APP1_PORT and SCALE_APP2_PORT), runs nginx/nginx.conf in front with only the upstream
# addresses and the listen port replaced (port 18080 or SCALE_NGINX_PORT), then checks:
#   1. nginx -t accepts the configuration (plain and with TLS: nginx/check.sh);
#   2. requests through Nginx reach both instances (their X-Instance-Id);
#   3. a page session made on instance 1 works on instance 2 (Spring Session on Redis);
#   4. a stock change made through instance 1 is visible at once through instance 2, and within
#      1 s on its cached product page and dashboard;
#   4b. a movement POSTed to instance 2 reaches a STOMP subscriber (a live page) on instance 1,
#      and one connected through Nginx, within 1 s (deploy/live-probe.py);
#   4c. 64 sales order confirmations of one unit each, split across both instances at once,
#      against 40 available: exactly 40 confirmed and 24 refused (409), 40 reserved, on hand
#      unchanged; then all 40 ship, leaving 0 on hand and 0 reserved (check 8 audits the ledger);
#   5. two instances together let one client through at most 10% over its rate limit (the
#      token endpoints' 20 a minute per address, from an address of its own);
#   6. access changes, the rule README.md states: a deactivated user's token, a revoked API
#      token, a logged-out refresh family and a withdrawn permission are refused by
#      instance 1, which made the change, at once and by instance 2 within 1 s; then, with
#      Redis stopped, a revoked API token and a logged-out family made through instance 1 are
#      refused there at once and by instance 2 within 30 s, and a deactivation and a withdrawn
#      permission written straight to the database (as a migration or an operator would; the
#      admin site's page sessions live in Redis) are refused by both instances within 30 s;
#   7. stopping instance 2 while a load of GET requests runs through Nginx loses no request;
#   8. the ledger invariant holds afterwards (the check-ledger command).
# On exit, whatever happened, it stops what it started and drops its database and Redis keys.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_HOST="${SCALE_PG_HOST:-127.0.0.1}"
PG_PORT="${SCALE_PG_PORT:-5432}"
PG_USER="${SCALE_PG_USER:-postgres}"
NGINX_PORT="${SCALE_NGINX_PORT:-18080}"
APP1_PORT="${SCALE_APP1_PORT:-18081}"
APP2_PORT="${SCALE_APP2_PORT:-18082}"
RUN_ID="$(date +%s)_$RANDOM"
DATABASE="stockroom_scale_$RUN_ID"
KEY_PREFIX="stockroom-scale-$RUN_ID:"
WORK="$(mktemp -d /tmp/stockroom-scale.XXXXXX)"
PIDS=()
REDIS_PID=""

step() { printf '\n== %s\n' "$*"; }
pass() { printf 'PASS %s\n' "$*"; }
fail() {
  printf 'FAIL %s\n' "$*" >&2
  for log in "$WORK"/*.log; do
    # Everything but the JSON lines at INFO level, which say nothing about a failure.
    [ -f "$log" ] && { echo "--- $log, last lines but INFO" >&2; grep -v '"level":"INFO"' "$log" | tail -n 30 | cut -c1-2000 >&2; }
  done
  exit 1
}

cleanup() {
  set +e
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
  psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres \
    -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null 2>&1
  [ -n "$REDIS_PID" ] && kill "$REDIS_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

step "Prerequisites"
if ! command -v nginx >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light || \
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx
fi
nginx -v 2>&1
if ! command -v redis-server >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server
fi
# The live-update probe (deploy/live-probe.py) runs on Debian's python3 with its websocket client.
if ! /usr/bin/python3 -c 'import websocket' 2>/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-websocket
fi
REDIS_PORT="${SCALE_REDIS_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
start_redis() {
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no >> "$WORK/redis.log" 2>&1 &
  REDIS_PID=$!
  for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && return 0; sleep 0.1; done
  fail "Redis did not start on port $REDIS_PORT"
}
stop_redis() {
  kill "$REDIS_PID"; wait "$REDIS_PID" 2>/dev/null || true
  REDIS_PID=""
}
start_redis
echo "a Redis of our own on port $REDIS_PORT"
JAR="$(ls target/stockroom-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)"
if [ -z "$JAR" ]; then
  ./mvnw -q -B -ntp package -DskipTests
  JAR="$(ls target/stockroom-*.jar | grep -v -- '-plain' | head -n 1)"
fi
echo "jar: $JAR"

step "1. nginx -t accepts nginx/nginx.conf"
nginx/check.sh || fail "nginx -t refused the configuration"
pass "nginx -t accepts nginx/nginx.conf, plain and with TLS"

step "Starting two instances (prod profile) on ports $APP1_PORT and $APP2_PORT"
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "CREATE DATABASE $DATABASE" >/dev/null
echo "database: $DATABASE"
export SPRING_PROFILES_ACTIVE=prod
export SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DATABASE"
export SPRING_DATASOURCE_USERNAME="$PG_USER"
# Trust authentication ignores it; prod requires one to be set.
export SPRING_DATASOURCE_PASSWORD="scale-$(openssl rand -hex 8)"
export STOCKROOM_JWT_SECRET="base64:$(openssl rand -base64 32)"
export STOCKROOM_REDIS_URL="$REDIS_URL"
export STOCKROOM_REDIS_KEY_PREFIX="$KEY_PREFIX"
export STOCKROOM_ALLOWED_HOSTS="localhost,127.0.0.1"
export STOCKROOM_TRUSTED_PROXIES='127\.0\.0\.1'
export STOCKROOM_BASE_URL="http://localhost:$NGINX_PORT"
export STOCKROOM_DB_POOL_SIZE=5
# One user sends the whole load of check 7: the per-user API limit (300 a minute) is lifted.
export STOCKROOM_RATE_LIMIT_API_CAPACITY=1000000
# Redis's 500 ms timeouts (application.yml) are for a healthy server on a quiet network; on a
# 2-core machine shared with builds, starting two JVMs can make Redis look slower than that.
export SPRING_DATA_REDIS_TIMEOUT=3s SPRING_DATA_REDIS_CONNECT_TIMEOUT=5s
export JAVA_TOOL_OPTIONS="-Xmx320m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

start_instance() { # name port
  STOCKROOM_INSTANCE_ID="$1" SERVER_PORT="$2" java -jar "$JAR" > "$WORK/$1.log" 2>&1 &
  PIDS+=("$!")
  eval "PID_$1=$!"
}
# The first migrates the database; the second starts once it has, so they do not race for it.
wait_ready() { # name port
  local pid
  pid=$(eval "echo \$PID_$1")
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || fail "$1 exited while starting"

    if curl -fs -o /dev/null "http://127.0.0.1:$2/actuator/health/readiness" 2>/dev/null; then
      echo "$1 ready on port $2"
      return 0
    fi
    sleep 1
  done
  fail "$1 did not become ready on port $2"
}
started=$(date +%s)
start_instance app1 "$APP1_PORT"
wait_ready app1 "$APP1_PORT"
start_instance app2 "$APP2_PORT"
wait_ready app2 "$APP2_PORT"
echo "both instances ready in $(( $(date +%s) - started )) s"

step "Nginx on port $NGINX_PORT with nginx/nginx.conf (upstreams and listen port replaced)"
sed -e "s/server app1:8080/server 127.0.0.1:$APP1_PORT/" -e "s/server app2:8080/server 127.0.0.1:$APP2_PORT/" \
  -e "s/listen 80 default_server;/listen 127.0.0.1:$NGINX_PORT default_server;/" \
  -e "s/listen 80;/listen 127.0.0.1:$NGINX_PORT;/" nginx/nginx.conf > "$WORK/nginx.conf"
diff nginx/nginx.conf "$WORK/nginx.conf" | grep '^>' || true
nginx -c "$WORK/nginx.conf" -g "daemon off; pid $WORK/nginx.pid;" > "$WORK/nginx.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "http://localhost:$NGINX_PORT/actuator/health" && break
  sleep 0.2
done
NGINX="http://localhost:$NGINX_PORT"
APP1="http://localhost:$APP1_PORT"
APP2="http://localhost:$APP2_PORT"
unknown_host=$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: evil.example' "$NGINX/" || true)
[ "$unknown_host" = "000" ] || fail "a request for an unknown host was answered ($unknown_host), not dropped"
pass "an unknown Host gets no answer (444)"

step "2. Requests through Nginx reach both instances"
: > "$WORK/instances"
for _ in $(seq 1 12); do
  curl -fsS -D - -o /dev/null "$NGINX/actuator/health" | tr -d '\r' \
    | awk 'tolower($1) == "x-instance-id:" { print $2 }' >> "$WORK/instances"
done
sort "$WORK/instances" | uniq -c
grep -qx app1 "$WORK/instances" && grep -qx app2 "$WORK/instances" \
  || fail "12 requests did not reach both instances"
pass "requests through Nginx reach app1 and app2"

# An administrator: registered through the public page via Nginx, then made superuser in the
# database (prod has no demo users and no other way to make the first superuser yet).
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'; }
session_of() { tr -d '\r' | awk -F'[=;]' 'tolower($0) ~ /^set-cookie: stockroom_session=/ { print $2 }' | tail -n 1; }
USERNAME="scale-admin"
PASSWORD="scale $(openssl rand -hex 12)"
page=$(curl -fsS -D "$WORK/h" "$NGINX/register")
cookie=$(session_of < "$WORK/h")
token=$(printf '%s' "$page" | csrf_of)
status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: STOCKROOM_SESSION=$cookie" \
  --data-urlencode "username=$USERNAME" --data-urlencode "email=scale@example.com" \
  --data-urlencode "fullName=Scale Test" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "passwordConfirmation=$PASSWORD" --data-urlencode "_csrf=$token" "$NGINX/register")
[ "$status" = "302" ] || fail "registration through Nginx answered $status"
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DATABASE" \
  -c "UPDATE users SET superuser = TRUE, staff = TRUE WHERE username = '$USERNAME'" >/dev/null

step "3. A page session made on instance 1 works on instance 2"
page=$(curl -fsS -D "$WORK/h" "$APP1/login")
cookie=$(session_of < "$WORK/h")
token=$(printf '%s' "$page" | csrf_of)
curl -sS -o /dev/null -D "$WORK/h" -H "Cookie: STOCKROOM_SESSION=$cookie" --data-urlencode "username=$USERNAME" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$APP1/login"
grep -qi '^location: .*/$' <(tr -d '\r' < "$WORK/h") || fail "sign-in on app1 did not land on the start page"
signed_in=$(session_of < "$WORK/h")
[ -n "$signed_in" ] || signed_in="$cookie"
status=$(curl -sS -o "$WORK/page2" -w '%{http_code}' -H "Cookie: STOCKROOM_SESSION=$signed_in" "$APP2/")
[ "$status" = "200" ] || fail "app2 answered $status to the session made on app1"
grep -q "$USERNAME" "$WORK/page2" || fail "app2's page does not show the signed-in user"
status=$(curl -sS -o /dev/null -w '%{http_code}' "$APP2/")
[ "$status" = "302" ] || fail "app2 let an anonymous request in ($status)"
pass "signed in on app1, app2 shows $USERNAME's start page with the same cookie"

step "4. A stock change through instance 1 is visible at once through instance 2"
json() { sed -n "s/.*\"$1\" *: *\"\{0,1\}\([^,\"}]*\).*/\1/p" | head -n 1; }
ACCESS=$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"username\": \"$USERNAME\", \"password\": \"$PASSWORD\"}" "$NGINX/api/v1/auth/token" | json access_token)
[ -n "$ACCESS" ] || fail "no access token from POST /api/v1/auth/token through Nginx"
auth=(-H "Authorization: Bearer $ACCESS" -H 'Content-Type: application/json')
WAREHOUSE=$(curl -fsS "${auth[@]}" -d '{"code": "SCALE", "name": "Scale test"}' "$APP1/api/v1/warehouses" | json id)
PRODUCT=$(curl -fsS "${auth[@]}" -d '{"sku": "SCALE-1", "name": "Scale test product"}' "$APP1/api/v1/products" | json id)
[ -n "$WAREHOUSE" ] && [ -n "$PRODUCT" ] || fail "could not create a warehouse and a product on app1"
for quantity in 7 5; do
  curl -fsS -o /dev/null "${auth[@]}" -H "Idempotency-Key: scale-$quantity" \
    -d "{\"type\": \"RECEIPT\", \"productId\": $PRODUCT, \"warehouseId\": $WAREHOUSE, \"quantity\": $quantity, \"reason\": \"scale test\"}" \
    "$APP1/api/v1/stock/movements" || fail "the receipt on app1 failed"
  on_hand=$(curl -fsS "${auth[@]}" "$APP2/api/v1/stock/levels?product=$PRODUCT&warehouse=$WAREHOUSE" | json onHand)
  echo "received $quantity on app1; app2 reads on hand $on_hand"
done
[ "$on_hand" = "12" ] || fail "app2 reads $on_hand on hand, not 12"
pass "receipts on app1 are read at once on app2 (on hand 12)"

# The cached reads: app2's product page and dashboard are read (so cached, in app2's memory
# and in Redis), a movement goes through app1, and app2 must show it within 1 s (evictions
# after commit, over Redis pub/sub to every instance's near cache).
page_figure() { # instance path element-id: the text of the element with that id
  curl -fsS -H "Cookie: STOCKROOM_SESSION=$signed_in" "$1$2" | grep -o "id=\"$3\"[^>]*>[^<]*" | head -n 1 | sed 's/.*>//'
}
now_ms() { date +%s%3N; }
detail_before=$(page_figure "$APP2" "/products/$PRODUCT" product-on-hand)
today_before=$(page_figure "$APP2" "/" kpi-movements-today)
[ "$detail_before" = "12" ] || fail "app2's product page shows $detail_before on hand, not 12"
[ -n "$today_before" ] || fail "app2's dashboard shows no movements-today figure"
curl -fsS -o /dev/null "${auth[@]}" -H "Idempotency-Key: scale-cached" \
  -d "{\"type\": \"RECEIPT\", \"productId\": $PRODUCT, \"warehouseId\": $WAREHOUSE, \"quantity\": 3, \"reason\": \"scale test\"}" \
  "$APP1/api/v1/stock/movements" || fail "the receipt on app1 failed"
t0=$(now_ms)
# Each figure is timed by when its request was sent, as in check 6: a request sent 800 ms
# after the change that shows it proves the change was visible by then, however long a
# loaded machine then takes to render the page.
detail_ms=""; dashboard_ms=""
while [ $(( $(now_ms) - t0 )) -le 1000 ] && { [ -z "$detail_ms" ] || [ -z "$dashboard_ms" ]; }; do
  sent=$(( $(now_ms) - t0 ))
  [ -z "$detail_ms" ] && [ "$(page_figure "$APP2" "/products/$PRODUCT" product-on-hand)" = "15" ] \
    && detail_ms=$sent
  sent=$(( $(now_ms) - t0 ))
  [ -z "$dashboard_ms" ] && [ "$(page_figure "$APP2" "/" kpi-movements-today)" = "$((today_before + 1))" ] \
    && dashboard_ms=$sent
  sleep 0.05
done
[ -n "$detail_ms" ] || fail "app2's cached product page did not show 15 on hand within 1 s"
[ -n "$dashboard_ms" ] || fail "app2's cached dashboard did not count the movement within 1 s"
pass "after a movement on app1, app2's cached product page shows it to a request sent after $detail_ms ms, its dashboard after $dashboard_ms ms (limit 1000)"

step "4b. A movement through instance 2 reaches a live page on instance 1 within 1 s"
# A browser's side of live updates (deploy/live-probe.py): the page session made on app1 opens
# STOMP sockets on app1 and through Nginx (which must pass the WebSocket upgrade), subscribes to
# /topic/stock-levels, and a receipt is POSTed to app2; each socket must show its figures.
/usr/bin/python3 deploy/live-probe.py check --page-base "$APP1" --cookie "STOCKROOM_SESSION=$signed_in" \
  --ws "ws://localhost:$APP1_PORT/ws" --ws "ws://localhost:$NGINX_PORT/ws" --post-base "$APP2" \
  --bearer "Bearer $ACCESS" --product "$PRODUCT" --warehouse "$WAREHOUSE" --limit-ms 1000 \
  || fail "a live page on app1 (or through Nginx) did not see a movement made on app2 within 1 s"
pass "a receipt POSTed to app2 reached the live sockets on app1 and through Nginx within 1 s"

step "4c. 64 concurrent sales order confirmations across both instances against 40 available"
# Reservations must hold across instances as the ledger does: every confirmation locks its
# order and then the stock level in the database, whichever instance it reaches.
py() { /usr/bin/python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }
SOLD=$(curl -fsS "${auth[@]}" -d '{"sku": "SCALE-SO", "name": "Scale test sold"}' "$APP1/api/v1/products" | json id)
[ -n "$SOLD" ] || fail "could not create the sold product on app1"
curl -fsS -o /dev/null "${auth[@]}" \
  -d "{\"type\": \"RECEIPT\", \"productId\": $SOLD, \"warehouseId\": $WAREHOUSE, \"quantity\": 40}" \
  "$APP1/api/v1/stock/movements" || fail "the receipt of 40 on app1 failed"
: > "$WORK/orders"
for i in $(seq 1 64); do
  base="$APP1"; [ $((i % 2)) -eq 0 ] && base="$APP2"
  order=$(curl -fsS "${auth[@]}" -d "{\"customer\": {\"name\": \"Scale customer $i\"}, \"warehouseId\": $WAREHOUSE, \"lines\": [{\"productId\": $SOLD, \"quantity\": 1, \"unitPrice\": 1.00}]}" \
    "$base/api/v1/sales-orders" | py 'd["id"]')
  [ -n "$order" ] || fail "could not create sales order $i"
  echo "$base $order" >> "$WORK/orders"
done
# All 64 at once: one curl process each, odd orders to app1 and even ones to app2.
export ACCESS
xargs -P 64 -n 2 sh -c 'printf "%s %s\n" "$1" "$(curl -s -o /dev/null -w "%{http_code}" -X POST \
  -H "Authorization: Bearer $ACCESS" "$0/api/v1/sales-orders/$1/confirm")"' < "$WORK/orders" > "$WORK/confirmed"
confirmed=$(grep -c ' 200$' "$WORK/confirmed" || true)
refused=$(grep -c ' 409$' "$WORK/confirmed" || true)
level=$(curl -fsS "${auth[@]}" "$APP2/api/v1/stock/levels?product=$SOLD&warehouse=$WAREHOUSE")
reserved=$(printf '%s' "$level" | py 'd["content"][0]["reserved"]')
on_hand=$(printf '%s' "$level" | py 'd["content"][0]["onHand"]')
echo "64 confirmations: $confirmed confirmed (200), $refused refused (409); app2 reads $on_hand on hand, $reserved reserved"
[ "$confirmed" = "40" ] && [ "$refused" = "24" ] || fail "expected 40 confirmed and 24 refused"
[ "$reserved" = "40" ] && [ "$on_hand" = "40" ] || fail "expected 40 on hand and 40 reserved"
: > "$WORK/shipments"
i=0
for order in $(awk '$2 == "200" { print $1 }' "$WORK/confirmed"); do
  i=$((i + 1)); base="$APP1"; [ $((i % 2)) -eq 0 ] && base="$APP2"
  line=$(curl -fsS "${auth[@]}" "$base/api/v1/sales-orders/$order" | py 'd["lines"][0]["id"]')
  echo "$base $order $line" >> "$WORK/shipments"
done
xargs -P 40 -n 3 sh -c 'curl -s -o /dev/null -w "%{http_code}\n" -H "Authorization: Bearer $ACCESS" \
  -H "Content-Type: application/json" -d "{\"lines\": [{\"lineId\": $2, \"quantity\": 1}]}" \
  "$0/api/v1/sales-orders/$1/shipments"' < "$WORK/shipments" > "$WORK/shipped"
shipped=$(grep -c '^201$' "$WORK/shipped" || true)
level=$(curl -fsS "${auth[@]}" "$APP1/api/v1/stock/levels?product=$SOLD&warehouse=$WAREHOUSE")
reserved=$(printf '%s' "$level" | py 'd["content"][0]["reserved"]')
on_hand=$(printf '%s' "$level" | py 'd["content"][0]["onHand"]')
echo "40 shipments across both instances: $shipped shipped (201); app1 reads $on_hand on hand, $reserved reserved"
[ "$shipped" = "40" ] && [ "$on_hand" = "0" ] && [ "$reserved" = "0" ] || fail "expected 40 shipped, 0 on hand, 0 reserved"
pass "64 confirmations over two instances: 40 confirmed, 24 refused, 40 reserved; all 40 shipped to 0 on hand, 0 reserved"

step "5. Two instances together hold one client to its rate limit (10% tolerance)"
# The token endpoints allow 20 requests a minute per client address, refilled evenly. Requests
# alternate between the instances from an address no other check uses (X-Forwarded-For: the
# instances trust 127.0.0.1 as a proxy); an empty body is refused after the limiter has
# counted it (400), so no password is tried and no token issued.
LIMIT=20
allowed=0; limited=0
started=$(date +%s%3N)
for i in $(seq 1 60); do
  base="$APP1"; [ $((i % 2)) -eq 0 ] && base="$APP2"
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-For: 198.51.100.7' \
    -H 'Content-Type: application/json' -d '{}' "$base/api/v1/auth/token" || echo 000)
  case "$code" in
    429) limited=$((limited + 1)) ;;
    400) allowed=$((allowed + 1)) ;;
    *) fail "POST /api/v1/auth/token with an empty body answered $code" ;;
  esac
done
elapsed_ms=$(( $(date +%s%3N) - started ))
# What the limit allows in that time: the capacity plus what refilled meanwhile, and 10%.
bound=$(( (LIMIT * 1000 + LIMIT * elapsed_ms / 60) * 11 / 10 / 1000 ))
echo "60 requests over both instances in $elapsed_ms ms: $allowed let through, $limited refused (429); at most $bound allowed"
[ "$allowed" -ge "$LIMIT" ] || fail "only $allowed of a capacity of $LIMIT were let through"
[ "$allowed" -le "$bound" ] || fail "$allowed let through, more than the limit with 10% tolerance ($bound)"
pass "two instances let one address through $allowed times for a limit of $LIMIT a minute (at most $bound)"

step "6. Access changes: refused at once on the instance that made them, within 1 s on the other; within 30 s with Redis stopped"
PROTECTED="/api/v1/products?size=1"
status_of() { # base-url authorization
  curl -s -o /dev/null -w '%{http_code}' -H "Authorization: $2" "$1$PROTECTED" || echo 000
}
user_id() {
  psql -At -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DATABASE" -c "SELECT id FROM users WHERE username = '$1'"
}
USER_PASSWORD="access $(openssl rand -hex 12)"
# A VIEWER (product.view), registered through instance 1's sign-up page; prints its bearer
# header, refresh token, API token header and API token id on one line.
new_user() { # username
  local page cookie token status pair access refresh made
  page=$(curl -fsS -D "$WORK/h" "$APP1/register")
  cookie=$(session_of < "$WORK/h")
  token=$(printf '%s' "$page" | csrf_of)
  status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: STOCKROOM_SESSION=$cookie" \
    --data-urlencode "username=$1" --data-urlencode "email=$1@example.com" \
    --data-urlencode "fullName=Scale $1" --data-urlencode "password=$USER_PASSWORD" \
    --data-urlencode "passwordConfirmation=$USER_PASSWORD" --data-urlencode "_csrf=$token" "$APP1/register")
  [ "$status" = "302" ] || fail "registering $1 on app1 answered $status"
  pair=$(curl -fsS -H 'Content-Type: application/json' \
    -d "{\"username\": \"$1\", \"password\": \"$USER_PASSWORD\"}" "$APP1/api/v1/auth/token")
  access=$(printf '%s' "$pair" | json access_token)
  refresh=$(printf '%s' "$pair" | json refresh_token)
  made=$(curl -fsS -H "Authorization: Bearer $access" -H 'Content-Type: application/json' \
    -d '{"name": "scale test"}' "$APP1/api/v1/account/tokens")
  [ -n "$access" ] && [ -n "$refresh" ] && [ -n "$made" ] || fail "no tokens for $1"
  echo "Bearer $access|$refresh|Token $(printf '%s' "$made" | json key)|$(printf '%s' "$made" | json id)"
}
# Both instances answer the credential (so both have the user and the token in memory).
warm() { # label authorization
  local base s
  for base in "$APP1" "$APP2"; do
    s=$(status_of "$base" "$2")
    [ "$s" = "200" ] || fail "$1: $base answered $s before the change"
  done
}
# The instance that made the change refuses the very next request.
refused_at_once() { # label authorization expected-status base
  local s
  s=$(status_of "$4" "$2")
  [ "$s" = "$3" ] || fail "$1: $4 answered $s right after the change, not $3"
}
# Timed by when each request is sent, not answered: the rule is that every request sent
# later than the limit is refused, however long a busy machine then takes to answer it.
refused_within() { # label authorization expected-status base since-ms limit-ms
  local s sent
  while true; do
    sent=$(( $(now_ms) - $5 ))
    s=$(status_of "$4" "$2")
    [ "$s" = "$3" ] && break
    [ "$sent" -le "$6" ] || fail "$1: $4 still answered $s to a request sent ${sent} ms after the change (limit $6 ms)"
    sleep 0.05
  done
  echo "$sent"
}
admin_change_user() { # username active(true|false) [group...]
  local id page csrf version status
  id=$(user_id "$1")
  page=$(curl -fsS -H "Cookie: STOCKROOM_SESSION=$signed_in" "$APP1/admin/users/$id")
  csrf=$(printf '%s' "$page" | csrf_of)
  version=$(printf '%s' "$page" | grep -o 'name="version" value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/')
  local form=(--data-urlencode "email=$1@example.com" --data-urlencode "fullName=Scale $1"
    --data-urlencode "version=$version" --data-urlencode "_csrf=$csrf")
  [ "$2" = true ] && form+=(--data-urlencode "active=true")
  shift 2
  local group
  for group in "$@"; do form+=(--data-urlencode "groups=$group"); done
  status=$(curl -sS -o "$WORK/admin-change.html" -w '%{http_code}' -H "Cookie: STOCKROOM_SESSION=$signed_in" \
    "${form[@]}" "$APP1/admin/users/$id")
  [ "$status" = "302" ] || fail "the admin site on app1 answered $status to the change of $1"
}

# Redis up: each change through instance 1.
IFS='|' read -r D_BEARER _ _ _ <<< "$(new_user scale-deactivated)"
IFS='|' read -r R_BEARER _ R_TOKEN R_TOKEN_ID <<< "$(new_user scale-revoked)"
IFS='|' read -r L_BEARER L_REFRESH _ _ <<< "$(new_user scale-logout)"
IFS='|' read -r _ _ W_TOKEN _ <<< "$(new_user scale-withdrawn)"
warm "deactivated user" "$D_BEARER"; warm "revoked API token" "$R_TOKEN"
warm "logged-out family" "$L_BEARER"; warm "withdrawn permission" "$W_TOKEN"

admin_change_user scale-deactivated false VIEWER
t0=$(now_ms)
refused_at_once "deactivated user" "$D_BEARER" 401 "$APP1"
ms=$(refused_within "deactivated user" "$D_BEARER" 401 "$APP2" "$t0" 1000)
pass "a deactivated user's access token: 401 on app1 at once, on app2 after $ms ms (limit 1000)"

curl -fsS -o /dev/null -X DELETE -H "Authorization: $R_BEARER" "$APP1/api/v1/account/tokens/$R_TOKEN_ID" \
  || fail "revoking the API token on app1 failed"
t0=$(now_ms)
refused_at_once "revoked API token" "$R_TOKEN" 401 "$APP1"
ms=$(refused_within "revoked API token" "$R_TOKEN" 401 "$APP2" "$t0" 1000)
pass "a revoked API token: 401 on app1 at once, on app2 after $ms ms (limit 1000)"

curl -fsS -o /dev/null -H "Authorization: $L_BEARER" -H 'Content-Type: application/json' \
  -d "{\"refresh_token\": \"$L_REFRESH\"}" "$APP1/api/v1/auth/logout" || fail "logout on app1 failed"
t0=$(now_ms)
refused_at_once "logged-out family" "$L_BEARER" 401 "$APP1"
ms=$(refused_within "logged-out family" "$L_BEARER" 401 "$APP2" "$t0" 1000)
pass "a logged-out refresh family's access token: 401 on app1 at once, on app2 after $ms ms (limit 1000)"

admin_change_user scale-withdrawn true
t0=$(now_ms)
refused_at_once "withdrawn permission" "$W_TOKEN" 403 "$APP1"
ms=$(refused_within "withdrawn permission" "$W_TOKEN" 403 "$APP2" "$t0" 1000)
pass "a permission withdrawn (the user's last group removed): 403 on app1 at once, on app2 after $ms ms (limit 1000)"

# Redis stopped: nothing reaches the other instance but the database, once its memory of
# the user or token has expired (stockroom.identity-cache.ttl, 30 s).
IFS='|' read -r RD_BEARER _ _ _ <<< "$(new_user scale-deactivated-2)"
IFS='|' read -r RR_BEARER _ RR_TOKEN RR_TOKEN_ID <<< "$(new_user scale-revoked-2)"
IFS='|' read -r RL_BEARER RL_REFRESH _ _ <<< "$(new_user scale-logout-2)"
IFS='|' read -r _ _ RW_TOKEN _ <<< "$(new_user scale-withdrawn-2)"
warm "deactivated user" "$RD_BEARER"; warm "revoked API token" "$RR_TOKEN"
warm "logged-out family" "$RL_BEARER"; warm "withdrawn permission" "$RW_TOKEN"
echo "stopping Redis"
stop_redis
curl -fsS -o /dev/null -X DELETE -H "Authorization: $RR_BEARER" "$APP1/api/v1/account/tokens/$RR_TOKEN_ID" \
  || fail "revoking an API token on app1 with Redis stopped failed"
t_revoked=$(now_ms)
refused_at_once "revoked API token, Redis stopped" "$RR_TOKEN" 401 "$APP1"
curl -fsS -o /dev/null -H "Authorization: $RL_BEARER" -H 'Content-Type: application/json' \
  -d "{\"refresh_token\": \"$RL_REFRESH\"}" "$APP1/api/v1/auth/logout" || fail "logout on app1 with Redis stopped failed"
t_logout=$(now_ms)
refused_at_once "logged-out family, Redis stopped" "$RL_BEARER" 401 "$APP1"
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DATABASE" -c "
  UPDATE users SET active = FALSE WHERE username = 'scale-deactivated-2';
  DELETE FROM user_groups WHERE user_id = (SELECT id FROM users WHERE username = 'scale-withdrawn-2');" >/dev/null
t_sql=$(now_ms)
ms=$(refused_within "revoked API token, Redis stopped" "$RR_TOKEN" 401 "$APP2" "$t_revoked" 30000)
pass "Redis stopped, a revoked API token: 401 on app1 at once, on app2 after $ms ms (limit 30000)"
ms=$(refused_within "logged-out family, Redis stopped" "$RL_BEARER" 401 "$APP2" "$t_logout" 30000)
pass "Redis stopped, a logged-out family's access token: 401 on app1 at once, on app2 after $ms ms (limit 30000)"
for base in "$APP1" "$APP2"; do
  ms=$(refused_within "deactivated in the database, Redis stopped" "$RD_BEARER" 401 "$base" "$t_sql" 30000)
  pass "Redis stopped, a user deactivated in the database: 401 on $base after $ms ms (limit 30000)"
  ms=$(refused_within "withdrawn in the database, Redis stopped" "$RW_TOKEN" 403 "$base" "$t_sql" 30000)
  pass "Redis stopped, a permission withdrawn in the database: 403 on $base after $ms ms (limit 30000)"
done
echo "starting Redis again"
start_redis

step "7. Stopping instance 2 under a load of GET requests through Nginx loses no request"
LOAD_SECONDS=10
URL="$NGINX/api/v1/stock/levels?product=$PRODUCT"
if command -v wrk >/dev/null; then
  wrk -t2 -c8 -d"${LOAD_SECONDS}s" --latency -H "Authorization: Bearer $ACCESS" "$URL" > "$WORK/load.out" 2>&1 &
  load=$!
else
  ( end=$(( $(date +%s) + LOAD_SECONDS )); total=0; bad=0
    while [ "$(date +%s)" -lt "$end" ]; do
      code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ACCESS" "$URL" || echo 000)
      total=$((total + 1)); case "$code" in 2*) ;; *) bad=$((bad + 1));; esac
    done
    echo "$total requests"; echo "Non-2xx or 3xx responses: $bad" ) > "$WORK/load.out" 2>&1 &
  load=$!
fi
sleep 3
echo "stopping app2 (SIGTERM: graceful shutdown) while the load runs"
kill -TERM "$PID_app2"
wait "$PID_app2" || true
echo "app2 stopped"
wait "$load" || fail "the load generator failed"
cat "$WORK/load.out"
if grep -q 'Non-2xx or 3xx responses' "$WORK/load.out"; then
  bad=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$WORK/load.out")
  [ "$bad" = "0" ] || fail "$bad requests failed while app2 stopped"
fi
if grep -q 'Socket errors' "$WORK/load.out"; then
  fail "socket errors while app2 stopped: $(grep 'Socket errors' "$WORK/load.out")"
fi
grep -q 'requests in\|requests$' "$WORK/load.out" || fail "the load generator reported no requests"
pass "no request lost while app2 stopped ($(grep -o '[0-9]* requests' "$WORK/load.out" | head -n 1))"
after=$(curl -fsS -D - -o /dev/null "$NGINX/actuator/health" | tr -d '\r' | awk 'tolower($1) == "x-instance-id:" { print $2 }')
[ "$after" = "app1" ] || fail "after the stop Nginx's answer came from '$after'"
pass "Nginx now sends everything to app1"

step "8. The ledger invariant holds (check-ledger)"
JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS" SERVER_PORT=0 java -jar "$JAR" check-ledger > "$WORK/check-ledger.log" 2>&1 \
  || fail "check-ledger found a broken ledger"
grep -v '^{' "$WORK/check-ledger.log" | tail -n 3 || true
pass "check-ledger: every stock level equals the sum of its ledger rows"

printf '\nscale-test: all checks passed\n'
