#!/usr/bin/env bash
# Fault test: movements keep their promise through the faults production meets. One Stockroom
# instance (prod profile, Redis page sessions) on a PostgreSQL and a Redis of this script's own,
# so that it can restart and stop them without touching the machine's shared servers. Eight
# writers post keyed RECEIPTs and retry each until it is answered 201 (a retry with the same
# Idempotency-Key is safe: it is applied once or replays the first answer). Meanwhile:
#   1. PostgreSQL restarts (pg_ctl restart -m fast: every connection is cut);
#   2. Redis stops for a few seconds, then comes back;
#   3. the application is killed with SIGKILL and started again.
# Then it checks:
#   - no answer was a 5xx other than 503, and every 503 carried Retry-After;
#   - every movement is in the ledger exactly once and on-hand equals the ledger's sum
#     (the check-ledger command);
#   - a first superuser made with create-superuser on the fresh database could sign in (the
#     writers use its token).
# Run by .ci/run after the scale test; on its own: deploy/fault-test.sh
#
# What it needs: Java 17+, Debian's PostgreSQL server binaries (/usr/lib/postgresql/*/bin), its
# postgres system user (the server refuses to run as root), redis-server (both installed with
# apt-get when missing), psql, curl and python3. The jar is built when target/ has none. Ports are chosen free; everything started is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

install_missing() { # command package
  command -v "$1" >/dev/null && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2"
}
install_missing redis-server redis-server
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || install_missing pg_ctlcluster postgresql

WRITERS="${FAULT_WRITERS:-8}"
PER_WRITER="${FAULT_MOVEMENTS_PER_WRITER:-100}"
WORK="$(mktemp -d /tmp/stockroom-fault.XXXXXX)"
chmod 755 "$WORK"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
APP_PID=""
REDIS_PID=""

step() { printf '\n== %s\n' "$*"; }
pass() { printf 'PASS %s\n' "$*"; }
fail() {
  printf 'FAIL %s\n' "$*" >&2
  for log in "$WORK"/*.log; do
    [ -f "$log" ] && { echo "--- $log, last lines but INFO" >&2; grep -v '"level":"INFO"' "$log" | tail -n 30 | cut -c1-2000 >&2; }
  done
  exit 1
}
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

cleanup() {
  set +e
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null
  [ -n "$REDIS_PID" ] && kill "$REDIS_PID" 2>/dev/null
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT

step "A PostgreSQL and a Redis of our own"
PG_PORT="$(free_port)"
REDIS_PORT="$(free_port)"
APP_PORT="$(free_port)"
mkdir -p "$WORK/pg"
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth=trust >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
start_redis() {
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$WORK/redis.log" 2>&1 &
  REDIS_PID=$!
  for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && return 0; sleep 0.1; done
  fail "Redis did not start"
}
start_redis
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on $PG_PORT, Redis on $REDIS_PORT"

JAR="$(ls target/stockroom-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)"
if [ -z "$JAR" ]; then
  ./mvnw -q -B -ntp package -DskipTests
  JAR="$(ls target/stockroom-*.jar | grep -v -- '-plain' | head -n 1)"
fi
export SPRING_PROFILES_ACTIVE=prod
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
export SPRING_DATASOURCE_USERNAME=postgres
export SPRING_DATASOURCE_PASSWORD="trust-ignores-it"
export STOCKROOM_JWT_SECRET="base64:$(openssl rand -base64 32)"
export STOCKROOM_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
export STOCKROOM_ALLOWED_HOSTS="localhost,127.0.0.1"
export STOCKROOM_BASE_URL="http://localhost:$APP_PORT"
export STOCKROOM_DB_POOL_SIZE=5
export STOCKROOM_RATE_LIMIT_API_CAPACITY=1000000
export SERVER_PORT="$APP_PORT"
export JAVA_TOOL_OPTIONS="-Xmx320m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# Redis's 500 ms timeouts (application.yml) are for a healthy server on a quiet machine: the
# first connection's handshake, Netty's own start-up included, took longer than that on a CI
# machine shared with builds, and the start-up failed ("Connection initialization timed out").
# The same settings as scale-test.sh; a stopped Redis refuses connections at once either way.
export SPRING_DATA_REDIS_TIMEOUT=3s SPRING_DATA_REDIS_CONNECT_TIMEOUT=5s
BASE="http://127.0.0.1:$APP_PORT"

step "create-superuser on the fresh database (prod profile)"
export STOCKROOM_SUPERUSER_PASSWORD="fault-test-$(openssl rand -hex 12)"
SERVER_PORT=0 java -jar "$JAR" create-superuser --username root --email root@example.com \
  > "$WORK/create-superuser.log" 2>&1 || fail "create-superuser failed"
pass "create-superuser made 'root'"

start_app() {
  java -jar "$JAR" >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  # Up to 4 minutes: a restart while eight writers knock took over 90 s on a CI machine
  # shared with builds (about 12 s on a quiet one).
  for _ in $(seq 1 480); do
    kill -0 "$APP_PID" 2>/dev/null || fail "the application exited while starting"
    curl -fs -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null && return 0
    sleep 0.5
  done
  fail "the application did not become ready"
}
start_app
json() { sed -n "s/.*\"$1\":\(\"\([^\"]*\)\"\|\([0-9]*\)\).*/\2\3/p"; }
TOKEN="$(curl -fs -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"root\",\"password\":\"$STOCKROOM_SUPERUSER_PASSWORD\"}" | json access_token)"
[ -n "$TOKEN" ] || fail "the new superuser could not sign in"
pass "the new superuser signs in"
AUTH="Authorization: Bearer $TOKEN"
PRODUCT="$(curl -fs -X POST "$BASE/api/v1/products" -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"sku":"FAULT-1","name":"Fault test","unit":"EACH","cost":1.00,"price":2.00}' | json id)"
WAREHOUSE="$(curl -fs -X POST "$BASE/api/v1/warehouses" -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"code":"FLT","name":"Fault test"}' | json id)"
[ -n "$PRODUCT" ] && [ -n "$WAREHOUSE" ] || fail "could not create the product and the warehouse"

# One writer: each movement is retried with its key until answered 201. Every status is logged.
writer() { # number
  local i key status
  for i in $(seq 1 "$PER_WRITER"); do
    key="fault-$1-$i"
    while true; do
      status="$(curl -s -o /dev/null -D "$WORK/headers-$1" -w '%{http_code}' --max-time 15 \
        -X POST "$BASE/api/v1/stock/movements" -H "$AUTH" -H 'Content-Type: application/json' \
        -H "Idempotency-Key: $key" \
        -d "{\"type\":\"RECEIPT\",\"productId\":$PRODUCT,\"warehouseId\":$WAREHOUSE,\"quantity\":1,\"reference\":\"$key\"}" \
        || true)"
      if [ "$status" = 503 ] && ! grep -qi '^retry-after:' "$WORK/headers-$1"; then status="503-without-retry-after"; fi
      echo "$status" >> "$WORK/statuses-$1"
      [ "$status" = 201 ] && break
      sleep 0.3
    done
    sleep 0.1 # a steady stream rather than a burst that ends before the faults
  done
}

step "$WRITERS writers x $PER_WRITER keyed movements through a PostgreSQL restart, a Redis stop and a SIGKILL"
EXPECTED=$((WRITERS * PER_WRITER))
accepted() { cat "$WORK"/statuses-* 2>/dev/null | grep -c '^201$' || true; }
# Each fault strikes once the writers are that far, so that all three land mid-run.
wait_for() { # percent of the movements accepted
  local target=$((EXPECTED * $1 / 100))
  for _ in $(seq 1 600); do [ "$(accepted)" -ge "$target" ] && return 0; sleep 0.2; done
  fail "the writers did not reach $1% within two minutes"
}
WRITER_PIDS=()
for w in $(seq 1 "$WRITERS"); do writer "$w" & WRITER_PIDS+=("$!"); done
wait_for 10
echo "restarting PostgreSQL at $(accepted) of $EXPECTED accepted"
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w restart \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" >/dev/null
wait_for 35
echo "stopping Redis for 4 s at $(accepted) of $EXPECTED accepted"
kill "$REDIS_PID"; wait "$REDIS_PID" 2>/dev/null || true
sleep 4
start_redis
wait_for 60
AT_KILL="$(accepted)"
echo "killing the application (SIGKILL) at $AT_KILL of $EXPECTED accepted, and starting it again"
kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
start_app
for pid in "${WRITER_PIDS[@]}"; do wait "$pid"; done
[ "$AT_KILL" -lt "$EXPECTED" ] || fail "the writers had finished before the SIGKILL; nothing was tested across it"

step "Checks"
cat "$WORK"/statuses-* | sort | uniq -c | sed 's/^/  answers: /'
if grep -qv -E '^(201|503|000)$' "$WORK"/statuses-*; then
  fail "an answer other than 201, 503 (with Retry-After) or no connection: $(grep -hv -E '^(201|503|000)$' "$WORK"/statuses-* | sort | uniq -c | tr '\n' ' ')"
fi
pass "no 500: every answer was 201, a 503 with Retry-After, or no connection while the application was down"
ROWS="$(psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c \
  "SELECT count(*) || ' ' || count(DISTINCT reference) FROM stock_movements WHERE product_id = $PRODUCT")"
ON_HAND="$(psql -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c \
  "SELECT on_hand FROM stock_levels WHERE product_id = $PRODUCT AND warehouse_id = $WAREHOUSE")"
[ "$ROWS" = "$EXPECTED $EXPECTED" ] || fail "ledger rows and distinct keys: $ROWS, expected $EXPECTED of each"
[ "$ON_HAND" = "$EXPECTED" ] || fail "on hand is $ON_HAND, expected $EXPECTED"
pass "$EXPECTED movements, each once: none lost, none doubled; on hand $ON_HAND"
SERVER_PORT=0 java -jar "$JAR" check-ledger > "$WORK/check-ledger.log" 2>&1 \
  || fail "check-ledger found levels that disagree with their ledger"
pass "check-ledger: on hand equals the ledger at every level"
