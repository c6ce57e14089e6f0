#!/usr/bin/env bash
# Stockroom's benchmark, one command: builds the jar, loads 100,000 products, 5 warehouses and
# 1,000,000 ledger rows into a database of its own on the local PostgreSQL, starts the app as
# production runs it (prod profile, Redis, the rate limiter on) plus the bench profile (the
# calibration endpoints and a SQL statement count), drives it with wrk over loopback, counts the
# SQL statements and Redis commands each figure costs per request, compares the movement POST
# with pgbench, times one loopback call on a single connection (what a call between two services
# adds, docs/ARCHITECTURE.md), times the start with and without the JDK's AOT cache, then measures a Django/DRF
# peer over the same tables, checks the ledger, and prints a side-by-side table with the goals
# of issue 14. docs/PERFORMANCE.md explains every figure. About 15 minutes on a 2-core machine.
#
# One server is measured at a time: Stockroom's figures, then its start-up runs, then pgbench,
# then the Django peer, each with the others stopped.
#
# Settings (environment): BENCH_PG_HOST/PORT/USER (127.0.0.1, 5432, postgres; trust auth),
# BENCH_DB (stockroom_bench, dropped and made again), BENCH_PRODUCTS (100000; fewer only to
# smoke-test the script), BENCH_PORT, BENCH_REDIS_PORT, BENCH_DJANGO_PORT (the first free ones
# from 24680), BENCH_REDIS_URL (unset: the script starts a redis-server of its own, so that
# INFO commandstats counts the app's commands alone; set: that server, shared, with a key
# prefix of the run's own), BENCH_DURATION (20s per figure), BENCH_CONNECTIONS (32),
# BENCH_JAVA (java), BENCH_JAVA_OPTS (-Xmx512m), BENCH_AOT_JAVA (Temurin 25's java, for the
# start with an AOT cache; BENCH_AOT_JAVA=none skips those starts), BENCH_STARTUP_BASELINE_MS
# (12300: issue 14's start, which the AOT start must halve), BENCH_START_TIMEOUT (300 s for a
# start to answer), BENCH_SKIP_BUILD=1 to reuse target/*.jar.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
export BENCH_DIR="$here"

pg_host="${BENCH_PG_HOST:-127.0.0.1}"
pg_port="${BENCH_PG_PORT:-5432}"
pg_user="${BENCH_PG_USER:-postgres}"
db="${BENCH_DB:-stockroom_bench}"
products="${BENCH_PRODUCTS:-100000}"
duration="${BENCH_DURATION:-20s}"
connections="${BENCH_CONNECTIONS:-32}"
java_bin="${BENCH_JAVA:-java}"
java_opts="${BENCH_JAVA_OPTS:--Xmx512m}"
aot_java="${BENCH_AOT_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
startup_baseline_ms="${BENCH_STARTUP_BASELINE_MS:-12300}"
start_timeout_s="${BENCH_START_TIMEOUT:-300}"
python=/usr/bin/python3 # Debian's, where apt puts Django (not a pyenv or virtualenv python)
base=1000000000         # the id block load.sql uses
work="$root/target/bench"
mkdir -p "$work"
started_at=$(date +%s)
app_pid=""
redis_pid=""
django_pid=""

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
psql_db() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# The first free port from $1 that is not in the list that follows.
free_port() {
  local port=$1
  shift
  while ss -ltn | grep ":$port " >/dev/null || [[ " $* " == *" $port "* ]]; do port=$((port + 1)); done
  echo "$port"
}
port="${BENCH_PORT:-$(free_port 24680)}"
django_port="${BENCH_DJANGO_PORT:-$(free_port 24680 "$port")}"

stop_pid() { # kills one process this script started and waits for it
  local pid=$1
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  fi
}
stop_app() {
  stop_pid "$app_pid"
  app_pid=""
}
stop_django() {
  stop_pid "$django_pid"
  django_pid=""
}
cleanup() {
  stop_app
  stop_django
  stop_pid "$redis_pid"
}
trap cleanup EXIT

# --- tools ------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  log "installing wrk from Debian"
  as_root apt-get install -y wrk >/dev/null
fi
if ! "$python" -c 'import django, rest_framework, psycopg2, gunicorn' 2>/dev/null; then
  log "installing the Django peer's packages from Debian"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-django \
    python3-djangorestframework python3-psycopg2 gunicorn >/dev/null
fi
for tool in psql pgbench curl openssl sha256sum redis-server redis-cli; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool" >&2; exit 1; }
done

# --- build ------------------------------------------------------------------------------
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "building the jar"
  ./mvnw -B -ntp -q -DskipTests package
fi
jar=$(ls target/stockroom-*.jar | grep -v -- '-plain\.jar$' | head -1)

# --- Redis: a server of the run's own, so that its command statistics are the app's -----
if [[ -n "${BENCH_REDIS_URL:-}" ]]; then
  redis_url="$BENCH_REDIS_URL"
  redis_note="shared Redis $redis_url: Redis/req also counts other clients' commands"
else
  redis_port="${BENCH_REDIS_PORT:-$(free_port 24680 "$port" "$django_port")}"
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no \
    >"$work/redis.log" 2>&1 &
  redis_pid=$!
  redis_url="redis://127.0.0.1:$redis_port"
  for _ in $(seq 1 50); do redis-cli -u "$redis_url" ping >/dev/null 2>&1 && break; sleep 0.1; done
  redis_note="the run's own redis-server on port $redis_port"
fi
# Every command Redis has run so far, leaving out the INFO calls that read this count.
redis_commands() {
  redis-cli -u "$redis_url" INFO commandstats | tr -d '\r' |
    awk -F'[:=,]' '/^cmdstat_/ && $1 != "cmdstat_info" { sum += $3 } END { print sum + 0 }'
}

# --- the app's environment: prod, as a deployment sets it, with secrets made now --------
token="srk_$(openssl rand 32 | base64 | tr '+/' '-_' | tr -d '=\n')"
django_token="$(openssl rand -hex 20)"
app_env=(
  SPRING_PROFILES_ACTIVE=prod,bench
  SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db"
  SPRING_DATASOURCE_USERNAME="$pg_user"
  # prod refuses to start without a database password; the local server trusts loopback
  # and ignores it, so a generated one does.
  SPRING_DATASOURCE_PASSWORD="bench-$(openssl rand -hex 8)"
  STOCKROOM_JWT_SECRET="base64:$(openssl rand -base64 32)"
  STOCKROOM_ALLOWED_HOSTS="127.0.0.1,localhost"
  STOCKROOM_BASE_URL="http://127.0.0.1:$port"
  STOCKROOM_REDIS_URL="$redis_url"
  STOCKROOM_REDIS_KEY_PREFIX="bench-$(openssl rand -hex 4):"
  # The rate limiter is on, as in production, with a capacity no figure can reach: a billion
  # requests a minute for the one benchmark user.
  STOCKROOM_RATE_LIMIT_API_CAPACITY=1000000000
  # A web instance, as production runs it: no background job worker polling the database
  # between the requests whose statements the figures count.
  STOCKROOM_JOBS_WORKER=false
  SERVER_PORT="$port"
)

# Starts the app with the given java and extra JVM options; sets app_pid and startup_ms
# (launch to first answer).
start_app() { # name java jar [jvm options...]
  local name=$1 java=$2 app_jar=$3
  shift 3
  local t0
  t0=$(date +%s%N)
  env "${app_env[@]}" "$java" $java_opts "$@" -jar "$app_jar" >"$work/$name.log" 2>&1 &
  app_pid=$!
  while (($(date +%s%N) - t0 < start_timeout_s * 1000000000)); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/bench/static"; then
      startup_ms=$((($(date +%s%N) - t0) / 1000000))
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || { tail -40 "$work/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the app did not answer within $start_timeout_s s; see $work/$name.log" >&2
  exit 1
}

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$app_pid/status"; }
hwm_kb() { awk '/^VmHWM/ {print $2}' "/proc/$app_pid/status"; }

# --- database: made afresh, migrated by the app's Flyway, then loaded -------------------
log "making database $db"
psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
psql_admin -c "CREATE DATABASE $db"
log "migrating (first start of the app)"
start_app migrate "$java_bin" "$jar"
stop_app
log "loading $products products, 5 warehouses, $((products * 10)) movements"
load_t0=$(date +%s)
psql_db -v products="$products" -v token_prefix="${token:0:8}" \
  -v token_hash="$(printf %s "$token" | sha256sum | cut -d' ' -f1)" -f "$here/load.sql" >/dev/null
load_s=$(($(date +%s) - load_t0))
ledger_loaded=$(psql_db -f "$here/ledger-check.sql")
log "loaded in ${load_s}s: $ledger_loaded"
[[ "$ledger_loaded" == *"broken=0" ]] || { echo "the loaded ledger is inconsistent" >&2; exit 1; }
warehouses="$(seq -s, $((base + 1)) $((base + 5)))"
first_product=$((base + 1000))
# 100 ids spread over the products (every 997th of 100,000, as before the peer came)
hot_ids="$(seq -s, $((first_product + 1)) $((products / 100 - 3)) $((first_product + products)) | cut -d, -f1-100)"
pages=$((products / 100 < 100 ? products / 100 : 100)) # list pages 1..pages exist at size 100 on both sides

# The Django peer's own tables (auth, authtoken, contenttypes) in the same database, and its token.
django_env=(
  DJANGO_SETTINGS_MODULE=peer.settings
  BENCH_DJANGO_SECRET="$(openssl rand -hex 32)"
  BENCH_DB="$db" BENCH_PG_HOST="$pg_host" BENCH_PG_PORT="$pg_port" BENCH_PG_USER="$pg_user"
  BENCH_DJANGO_PORT="$django_port" BENCH_DJANGO_TOKEN="$django_token"
  PYTHONPATH="$here/django"
)
django_manage() { (cd "$here/django" && env "${django_env[@]}" "$python" manage.py "$@"); }
log "migrating the Django peer's own tables, making its token"
django_manage migrate --noinput >"$work/django-migrate.log"
django_manage bench_token "$django_token"

# --- wrk ---------------------------------------------------------------------------------
declare -A rps p50 p99 status_note non2xx sql_per tx_per redis_per
target_url="http://127.0.0.1:$port"
counting=0 # 1 while Stockroom's figures run: statements and Redis commands are read around each
# wrk_threads, wrk_connections, wrk_duration and wrk_latency=1 (wrk's --latency), set on the
# call, change the shape of one figure; the default is -t2 -c$connections -d$duration.
run_wrk() { # name script [env...]
  local name=$1 script=$2
  shift 2
  local shape=(-t"${wrk_threads:-2}" -c"${wrk_connections:-$connections}" -d"${wrk_duration:-$duration}")
  [[ "${wrk_latency:-0}" != 1 ]] || shape+=(--latency)
  local out sql_before redis_before
  if ((counting)); then
    sql_before=$(curl -fsS "$target_url/api/v1/bench/statements")
    redis_before=$(redis_commands)
  fi
  out=$(env "$@" wrk "${shape[@]}" --timeout 10s -s "$here/$script" "$target_url" 2>&1)
  echo "$out" >"$work/wrk-$name.txt"
  local line
  line=$(grep '^BENCH ' <<<"$out" || true)
  [[ -n "$line" ]] || { echo "wrk gave no result for $name:" >&2; echo "$out" >&2; exit 1; }
  rps[$name]=$(sed 's/.*rps=\([^ ]*\).*/\1/' <<<"$line")
  p50[$name]=$(sed 's/.*p50=\([^ ]*\).*/\1/' <<<"$line")
  p99[$name]=$(sed 's/.*p99=\([^ ]*\).*/\1/' <<<"$line")
  status_note[$name]=$(sed 's/.*ok=\([0-9]*\) 4xx=\([0-9]*\) 5xx=\([0-9]*\) errors=\([0-9]*\).*/ok \1, 4xx \2, 5xx \3, socket errors \4/' <<<"$line")
  non2xx[$name]=$(sed 's/.*4xx=\([0-9]*\) 5xx=\([0-9]*\) errors=\([0-9]*\).*/\1 + \2 + \3/' <<<"$line" | bc)
  if ((counting)); then
    sleep 0.5 # the last answers' statements and commands
    local sql_after requests
    sql_after=$(curl -fsS "$target_url/api/v1/bench/statements")
    requests=$(sed 's/.*ok=\([0-9]*\) 4xx=\([0-9]*\) 5xx=\([0-9]*\).*/\1 + \2 + \3/' <<<"$line" | bc)
    sql_per[$name]=$(per_request "$(json_number statements "$sql_after")" "$(json_number statements "$sql_before")" "$requests")
    tx_per[$name]=$(per_request "$(json_number transactions "$sql_after")" "$(json_number transactions "$sql_before")" "$requests")
    redis_per[$name]=$(per_request "$(redis_commands)" "$redis_before" "$requests")
  fi
  log "$name: ${rps[$name]} req/s, p50 ${p50[$name]} ms, p99 ${p99[$name]} ms (${status_note[$name]})" \
    "${sql_per[$name]:+SQL/req ${sql_per[$name]}, tx/req ${tx_per[$name]}, Redis/req ${redis_per[$name]}}"
}
json_number() { sed "s/.*\"$1\":\([0-9]*\).*/\1/" <<<"$2"; }
per_request() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { if (n > 0) printf "%.3f", (a - b) / n; else print "n/a" }'; }
warm() { # a short unmeasured run, so the JIT and the pools are warm before a figure is taken
  env "$@" wrk -t2 -c"$connections" -d5s -s "$here/get-ids.lua" "$target_url" >/dev/null 2>&1 || true
}

# --- Stockroom as deployed: prod, Redis, caching and the rate limiter on -----------------
# Cached and uncached product detail in the same app: "cached" asks for the same 100 ids over
# and over (after the first request each is a cache hit); "uncached" asks for ids spread over
# all the products, so nearly every one misses and reads PostgreSQL. The plain JDBC read is
# measured over the same spread. Every request carries the benchmark user's API token except
# the anonymous static calibration.
log "Stockroom as deployed (prod, Redis, caching and rate limiter on)"
start_app main "$java_bin" "$jar"
startup_main=$startup_ms
sleep 5
idle_rss=$(rss_kb)
( peak=0; while kill -0 "$app_pid" 2>/dev/null; do r=$(rss_kb 2>/dev/null || echo 0); ((r > peak)) && peak=$r && echo "$peak" >"$work/peak-rss"; sleep 0.5; done ) &
sampler=$!

export BENCH_TOKEN="$token"
spread=(BENCH_ID_BASE=$first_product BENCH_ID_COUNT=$products)
hot=(BENCH_PATH=/api/v1/products/%d BENCH_IDS="$hot_ids")
list20=(BENCH_PATH="/api/v1/products?size=20&page=%d" BENCH_ID_COUNT=$pages)
list100=(BENCH_PATH="/api/v1/products?size=100&page=%d" BENCH_ID_COUNT=$pages)
counting=1
warm BENCH_PATH=/api/v1/products/%d "${spread[@]}" # the JIT's first pass over the whole request path
warm BENCH_PATH=/api/v1/bench/static BENCH_IDS=1
run_wrk static get-ids.lua BENCH_PATH=/api/v1/bench/static BENCH_IDS=1 BENCH_TOKEN=
run_wrk static-auth get-ids.lua BENCH_PATH=/api/v1/bench/static BENCH_IDS=1
# One loopback call: the same authenticated static answer on one connection, one request at
# a time, so nothing queues and the latency is what one HTTP call over loopback costs (the
# client's side, the filters, the token check, JSON): the price of a call between two
# services on one host, which docs/ARCHITECTURE.md uses to estimate extracting a module.
wrk_threads=1 wrk_connections=1 wrk_duration=10s wrk_latency=1 \
  run_wrk loopback get-ids.lua BENCH_PATH=/api/v1/bench/static BENCH_IDS=1
warm BENCH_PATH=/api/v1/bench/products/%d "${spread[@]}"
run_wrk jdbc get-ids.lua BENCH_PATH=/api/v1/bench/products/%d "${spread[@]}"
run_wrk detail-uncached get-ids.lua BENCH_PATH=/api/v1/products/%d "${spread[@]}"
warm "${hot[@]}"
run_wrk detail-cached get-ids.lua "${hot[@]}"
warm "${list20[@]}"
run_wrk list-20 get-ids.lua "${list20[@]}"
run_wrk list-100 get-ids.lua "${list100[@]}"
run_wrk stock-level get-ids.lua BENCH_PATH="/api/v1/stock/levels?product=%d" "${spread[@]}"

# Movements: spread over every product and warehouse, then all on one hot product.
hot_product=$((first_product + 1))
hot_warehouse=$((base + 1))
hot_level="product_id = $hot_product AND warehouse_id = $hot_warehouse"
rows_before=$(psql_db -c "SELECT count(*) FROM stock_movements")
run_wrk movement-spread post-movement.lua "${spread[@]}" BENCH_WAREHOUSES="$warehouses"
hot_before=$(psql_db -c "SELECT on_hand FROM stock_levels WHERE $hot_level")
run_wrk movement-hot post-movement.lua BENCH_HOT_PRODUCT=$hot_product BENCH_HOT_WAREHOUSE=$hot_warehouse
counting=0
sleep 1
hot_after=$(psql_db -c "SELECT on_hand FROM stock_levels WHERE $hot_level")
rows_after=$(psql_db -c "SELECT count(*) FROM stock_movements")
peak_rss=$(cat "$work/peak-rss" 2>/dev/null || rss_kb)
hwm=$(hwm_kb)
kill "$sampler" 2>/dev/null || true
stop_app

# --- start-up: the same jar on JDK 25, without and with an AOT cache ---------------------
# The JDK's AOT cache (JEP 483/514/515) holds the classes a training run loaded and linked, and
# the method profiles it gathered; it must be made and used by the same JDK on the same class
# path, so it is made from the jar extracted into a plain class path (what the Dockerfile does
# too). The training run is a short real one against this database: it starts, answers a few of
# each request the benchmark makes, and is stopped; the JVM writes the cache as it exits.
startup_plain25="" startup_aot=""
if [[ "$aot_java" != none && -x "$aot_java" ]]; then
  aot_version=$("$aot_java" -version 2>&1 | head -1)
  log "start-up on $aot_version: extracting the jar"
  rm -rf "$work/extracted" "$work/stockroom.aot"
  "$aot_java" -Djarmode=tools -jar "$jar" extract --application-filename stockroom.jar \
    --destination "$work/extracted" >/dev/null
  extracted_jar="$work/extracted/stockroom.jar"
  log "start-up: without a cache"
  start_app start-plain "$aot_java" "$extracted_jar"
  startup_plain25=$startup_ms
  stop_app
  log "start-up: training run (writes the AOT cache on exit)"
  start_app aot-training "$aot_java" "$extracted_jar" -XX:AOTCacheOutput="$work/stockroom.aot"
  for path in /api/v1/bench/static "/api/v1/products/$((first_product + 1))" "/api/v1/products?size=20&page=1" \
    "/api/v1/bench/products/$((first_product + 2))" "/api/v1/stock/levels?product=$((first_product + 3))"; do
    for _ in $(seq 1 20); do curl -fsS -o /dev/null -H "Authorization: Token $token" "$target_url$path" || true; done
  done
  stop_app
  [[ -s "$work/stockroom.aot" ]] || { echo "the training run wrote no AOT cache; see $work/aot-training.log" >&2; exit 1; }
  log "start-up: with the AOT cache ($(du -h "$work/stockroom.aot" | cut -f1))"
  start_app start-aot "$aot_java" "$extracted_jar" -XX:AOTCache="$work/stockroom.aot"
  startup_aot=$startup_ms
  stop_app
fi

# pgbench on the same hot row, same number of clients, same duration, with the app stopped.
log "pgbench: the movement's SQL on the hot row"
pg_out=$(pgbench -h "$pg_host" -p "$pg_port" -U "$pg_user" -n -c "$connections" -j 2 -T "${duration%s}" \
  -D product=$hot_product -D warehouse=$((base + 2)) -f "$here/pgbench-movement.sql" "$db" 2>&1)
echo "$pg_out" >"$work/pgbench.txt"
pg_tps=$(grep -E '^tps' <<<"$pg_out" | head -1 | sed 's/tps = \([0-9.]*\).*/\1/')
pg_lat=$(grep -E '^latency average' <<<"$pg_out" | sed 's/.*= \([0-9.]*\) ms/\1/')
log "pgbench: $pg_tps tps, average latency $pg_lat ms"

# --- the Django/DRF peer, alone on the machine --------------------------------------------
log "Django/DRF peer on gunicorn (gthread, $(nproc) workers x 4 threads)"
(cd "$here/django" && exec env "${django_env[@]}" "$python" -m gunicorn -c gunicorn.conf.py peer.wsgi) \
  >"$work/django.log" 2>&1 &
django_pid=$!
target_url="http://127.0.0.1:$django_port"
export BENCH_TOKEN="$django_token"
for _ in $(seq 1 300); do
  curl -fs -o /dev/null -H "Authorization: Token $django_token" "$target_url/api/v1/products/$((first_product + 1))" && break
  kill -0 "$django_pid" 2>/dev/null || { tail -40 "$work/django.log" >&2; exit 1; }
  sleep 0.1
done
# DRF counts pages from 1, Stockroom from 0: pages 1..$pages are whole pages on both sides.
warm BENCH_PATH=/api/v1/products/%d "${spread[@]}"
run_wrk django-detail-uncached get-ids.lua BENCH_PATH=/api/v1/products/%d "${spread[@]}"
warm "${hot[@]}"
run_wrk django-detail-cached get-ids.lua "${hot[@]}"
warm "${list20[@]}"
run_wrk django-list-20 get-ids.lua "${list20[@]}"
run_wrk django-list-100 get-ids.lua "${list100[@]}"
stop_django
# The peer's statements per request, counted by Django itself on the same views and settings
# (a few requests of each figure, after gunicorn has stopped).
sample() { for i in 1 2 3 4 5; do printf "$1 " $(($2 + i * $3)); done; }
sql_per[django-detail-uncached]=$(django_manage bench_queries $(sample /api/v1/products/%d "$first_product" $((products / 6))))
sql_per[django-detail-cached]=$(django_manage bench_queries $(sample /api/v1/products/%d "$first_product" $((products / 100))))
sql_per[django-list-20]=$(django_manage bench_queries $(sample "/api/v1/products?size=20&page=%d" 0 $((pages / 6 + 1))))
sql_per[django-list-100]=$(django_manage bench_queries $(sample "/api/v1/products?size=100&page=%d" 0 $((pages / 6 + 1))))

ledger_after=$(psql_db -f "$here/ledger-check.sql")
log "after the run: $ledger_after"

# --- the table ---------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { awk -v r="$1" -v g="$2" -v op="${3:-ge}" 'BEGIN { if (r == "n/a" || r == "") { print "n/a"; exit } ok = (op == "ge") ? (r + 0 >= g) : (r + 0 <= g); print (ok ? "met" : "MISSED") }'; }
elapsed=$(($(date +%s) - started_at))
fmt_sql() { awk -v v="$1" 'BEGIN { if (v == "") print "-"; else printf "%.2f", v }'; }

{
  echo
  echo "Stockroom benchmark  $(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $("$java_bin" -version 2>&1 | head -1)"
  echo "wrk -t2 -c$connections -d$duration over loopback; JVM $java_opts; data: $products products, 5 warehouses, $((products * 10)) movements (loaded in ${load_s}s)"
  echo "Stockroom: prod,bench profiles, rate limiter on (capacity out of reach), caching on, $redis_note"
  echo "Django/DRF: Django $("$python" -c 'import django; print(django.get_version())'), DRF $("$python" -c 'import rest_framework; print(rest_framework.VERSION)'), gunicorn gthread $(nproc) workers x 4 threads, measured after Stockroom was stopped"
  echo
  printf '%-44s %9s %8s %8s %7s %7s %7s  %s\n' "Stockroom figure" "req/s" "p50 ms" "p99 ms" "SQL/req" "tx/req" "Redis/r" "vs static; answers"
  printf '%-44s %9s %8s %8s %7s %7s %7s  %s\n' "--------------------------------------------" "---------" "--------" "--------" "-------" "-------" "-------" "------------------"
  row() { printf '%-44s %9s %8s %8s %7s %7s %7s  %s\n' "$1" "${rps[$2]}" "${p50[$2]}" "${p99[$2]}" "$(fmt_sql "${sql_per[$2]:-}")" "$(fmt_sql "${tx_per[$2]:-}")" "$(fmt_sql "${redis_per[$2]:-}")" "$(ratio "${rps[$2]}" "${rps[static]}")x; ${status_note[$2]}"; }
  row "Calibration: static DTO, anonymous" static
  row "Calibration: static DTO, with the API token" static-auth
  row "Calibration: plain JDBC product by id" jdbc
  row "One loopback call (1 connection, static)" loopback
  row "Product detail, ids spread over all" detail-uncached
  row "Product detail, the same 100 ids (cached)" detail-cached
  row "Product list, size 20" list-20
  row "Product list, size 100" list-100
  row "Stock level read (one product)" stock-level
  row "Movement POST, spread over all levels" movement-spread
  row "Movement POST, one hot product" movement-hot
  printf '%-44s %9s %8s %8s %7s %7s %7s  %s\n' "pgbench: movement SQL on one hot row" "$pg_tps" "" "" "" "" "" "average latency $pg_lat ms, $connections clients"
  echo
  printf '%-44s %10s %10s %6s %9s %9s  %s\n' "Side by side (req/s)" "Stockroom" "Django/DRF" "ratio" "SQL/req S" "SQL/req D" "Django answers"
  printf '%-44s %10s %10s %6s %9s %9s  %s\n' "--------------------------------------------" "----------" "----------" "------" "---------" "---------" "--------------"
  side() { printf '%-44s %10s %10s %6s %9s %9s  %s\n' "$1" "${rps[$2]}" "${rps[django-$2]}" "$(ratio "${rps[$2]}" "${rps[django-$2]}")" "$(fmt_sql "${sql_per[$2]:-}")" "$(fmt_sql "${sql_per[django-$2]:-}")" "${status_note[django-$2]}"; }
  side "Product detail, ids spread over all" detail-uncached
  side "Product detail, the same 100 ids" detail-cached
  side "Product list, size 20" list-20
  side "Product list, size 100" list-100
  echo
  echo "Hot product: on-hand $hot_before -> $hot_after (+$((hot_after - hot_before))); ledger rows made by the POST runs: $((rows_after - rows_before))"
  echo "Ledger check after the run: $ledger_after (0 broken = no lost update)"
  echo "One loopback call: p50 ${p50[loopback]} ms, p99 ${p99[loopback]} ms (wrk -t1 -c1 -d10s --latency, the static answer with the API token)"
  echo "Startup to first answered request: ${startup_main} ms ($("$java_bin" -version 2>&1 | head -1), java -jar)${startup_plain25:+; ${startup_plain25} ms on ${aot_version} from the extracted jar; ${startup_aot} ms with its AOT cache}"
  echo "RSS idle $((idle_rss / 1024)) MB, peak under load $((peak_rss / 1024)) MB (VmHWM $((hwm / 1024)) MB)"
  echo
  printf '%-62s %8s %8s  %s\n' "Goal (issue 14)" "value" "target" "verdict"
  goal() { printf '%-62s %8s %8s  %s\n' "$1" "$2" "$3" "$(verdict "$2" "$4" "${5:-ge}")"; }
  goal "Stockroom / Django: product detail, spread ids" "$(ratio "${rps[detail-uncached]}" "${rps[django-detail-uncached]}")" ">= 2.00" 2
  goal "Stockroom / Django: product detail, hot ids (cached)" "$(ratio "${rps[detail-cached]}" "${rps[django-detail-cached]}")" ">= 3.00" 3
  goal "Stockroom / Django: product list, size 20" "$(ratio "${rps[list-20]}" "${rps[django-list-20]}")" ">= 3.00" 3
  goal "Stockroom / Django: product list, size 100" "$(ratio "${rps[list-100]}" "${rps[django-list-100]}")" ">= 3.00" 3
  goal "  moonshot: cached detail / Django" "$(ratio "${rps[detail-cached]}" "${rps[django-detail-cached]}")" ">= 5.00" 5
  goal "  moonshot: spread detail / Django" "$(ratio "${rps[detail-uncached]}" "${rps[django-detail-uncached]}")" ">= 3.00" 3
  goal "Cached detail / anonymous static calibration" "$(ratio "${rps[detail-cached]}" "${rps[static]}")" ">= 0.60" 0.6
  goal "Authenticated / anonymous static calibration" "$(ratio "${rps[static-auth]}" "${rps[static]}")" ">= 0.80" 0.8
  goal "Uncached detail / plain JDBC read" "$(ratio "${rps[detail-uncached]}" "${rps[jdbc]}")" ">= 0.90" 0.9
  goal "SQL/req, static with the API token (authentication: none)" "${sql_per[static-auth]}" "<= 0.01" 0.01 le
  goal "SQL/req, cached detail (none)" "${sql_per[detail-cached]}" "<= 0.01" 0.01 le
  goal "SQL/req, uncached detail (the product read only)" "${sql_per[detail-uncached]}" "<= 1.01" 1.01 le
  goal "SQL/req, list size 20 (the page and its tags; total cached)" "${sql_per[list-20]}" "<= 2.01" 2.01 le
  goal "Hot movement POSTs / pgbench" "$(ratio "${rps[movement-hot]}" "$pg_tps")" ">= 0.50" 0.5
  if [[ -n "$startup_aot" ]]; then
    goal "Start with the AOT cache, ms (half of ${startup_baseline_ms} ms)" "$startup_aot" "<= $((startup_baseline_ms / 2))" $((startup_baseline_ms / 2)) le
    goal "Start with the AOT cache / this run's java -jar start" "$(ratio "$startup_aot" "$startup_main")" "<= 0.50" 0.5 le
  fi
  goal "Peak RSS under load / idle RSS" "$(ratio "$peak_rss" "$idle_rss")" "<= 2.50" 2.5 le
  bad=$(( $(for n in "${!non2xx[@]}"; do echo "${non2xx[$n]}"; done | paste -sd+ | bc) ))
  printf '%-62s %8s %8s  %s\n' "Non-2xx answers and socket errors, both servers, whole run" "$bad" "0" "$([[ $bad -eq 0 ]] && echo met || echo MISSED)"
  printf '%-62s %8s %8s  %s\n' "Ledger levels broken after the run" "${ledger_after##*broken=}" "0" "$([[ "$ledger_after" == *"broken=0" ]] && echo met || echo MISSED)"
  echo
  echo "SQL/req and tx/req: statements and commits/rollbacks the app sent (datasource-proxy, bench profile), background jobs included;"
  echo "Redis/r: commands per request from INFO commandstats; Django's SQL/req: counted by Django on a few requests of each figure."
  echo "Whole run: $((elapsed / 60)) min $((elapsed % 60)) s. Raw output in $work."
} | tee "$work/table.txt"
