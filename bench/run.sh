#!/usr/bin/env bash
# Stockroom's benchmark, one command: builds the jar, loads 100,000 products, 5 warehouses and
# 1,000,000 ledger rows into a database of its own on the local PostgreSQL, starts the app in the
# prod profile (plus bench, for the calibration endpoints) with Redis, drives it with wrk over
# loopback, compares the movement POST with pgbench, checks the ledger, and prints a table.
# docs/PERFORMANCE.md explains every figure. About 12 minutes on a 2-core machine.
#
# Settings (environment): BENCH_PG_HOST/PORT/USER (127.0.0.1, 5432, postgres; trust auth),
# BENCH_DB (stockroom_bench, dropped and made again), BENCH_REDIS_URL (redis://127.0.0.1:6379),
# BENCH_PORT (the first free one from 24680), BENCH_DURATION (20s per figure), BENCH_CONNECTIONS (32),
# BENCH_JAVA_OPTS (-Xmx512m), BENCH_SKIP_BUILD=1 to reuse target/*.jar.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
export BENCH_DIR="$here"

pg_host="${BENCH_PG_HOST:-127.0.0.1}"
pg_port="${BENCH_PG_PORT:-5432}"
pg_user="${BENCH_PG_USER:-postgres}"
db="${BENCH_DB:-stockroom_bench}"
redis_url="${BENCH_REDIS_URL:-redis://127.0.0.1:6379}"
port="${BENCH_PORT:-}"
if [[ -z "$port" ]]; then # the first free port from 24680 (others may be serving on this machine)
  port=24680
  while ss -ltn | grep -q ":$port "; do port=$((port + 1)); done
fi
duration="${BENCH_DURATION:-20s}"
connections="${BENCH_CONNECTIONS:-32}"
java_opts="${BENCH_JAVA_OPTS:--Xmx512m}"
base=1000000000 # the id block load.sql uses
work="$root/target/bench"
mkdir -p "$work"
started_at=$(date +%s)
app_pid=""

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
psql_db() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

stop_app() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}
trap stop_app EXIT

# --- tools ------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  log "installing wrk from Debian"
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
for tool in psql pgbench curl openssl sha256sum; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool" >&2; exit 1; }
done

# --- build ------------------------------------------------------------------------------
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "building the jar"
  ./mvnw -B -ntp -q -DskipTests package
fi
jar=$(ls target/stockroom-*.jar | grep -v -- '-plain\.jar$' | head -1)

# --- the app's environment: prod, as a deployment sets it, with secrets made now --------
token="srk_$(openssl rand 32 | base64 | tr '+/' '-_' | tr -d '=\n')"
export BENCH_TOKEN="$token"
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
  SERVER_PORT="$port"
)

# Starts the app with extra settings; sets app_pid and startup_ms (launch to first answer).
start_app() {
  local name=$1
  shift
  local t0
  t0=$(date +%s%N)
  env "${app_env[@]}" "$@" java $java_opts -jar "$jar" >"$work/$name.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/bench/static"; then
      startup_ms=$((($(date +%s%N) - t0) / 1000000))
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || { tail -40 "$work/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the app did not answer within 2 minutes; see $work/$name.log" >&2
  exit 1
}

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$app_pid/status"; }
hwm_kb() { awk '/^VmHWM/ {print $2}' "/proc/$app_pid/status"; }

# --- database: made afresh, migrated by the app's Flyway, then loaded -------------------
log "making database $db"
psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
psql_admin -c "CREATE DATABASE $db"
log "migrating (first start of the app)"
start_app migrate
stop_app
log "loading 100,000 products, 5 warehouses, 1,000,000 movements"
load_t0=$(date +%s)
psql_db -v token_prefix="${token:0:8}" -v token_hash="$(printf %s "$token" | sha256sum | cut -d' ' -f1)" \
  -f "$here/load.sql" >/dev/null
load_s=$(($(date +%s) - load_t0))
ledger_loaded=$(psql_db -f "$here/ledger-check.sql")
log "loaded in ${load_s}s: $ledger_loaded"
[[ "$ledger_loaded" == *"broken=0" ]] || { echo "the loaded ledger is inconsistent" >&2; exit 1; }
warehouses="$(seq -s, $((base + 1)) $((base + 5)))"
first_product=$((base + 1000))
hot_ids="$(seq -s, $((first_product + 1)) 997 $((first_product + 100000)) | cut -d, -f1-100)"

# --- wrk ---------------------------------------------------------------------------------
declare -A rps p50 p99 status_note
run_wrk() { # name script [env...]
  local name=$1 script=$2
  shift 2
  local out
  out=$(env "$@" wrk -t2 -c"$connections" -d"$duration" --timeout 10s -s "$here/$script" "http://127.0.0.1:$port" 2>&1)
  echo "$out" >"$work/wrk-$name.txt"
  local line
  line=$(grep '^BENCH ' <<<"$out" || true)
  [[ -n "$line" ]] || { echo "wrk gave no result for $name:" >&2; echo "$out" >&2; exit 1; }
  rps[$name]=$(sed 's/.*rps=\([^ ]*\).*/\1/' <<<"$line")
  p50[$name]=$(sed 's/.*p50=\([^ ]*\).*/\1/' <<<"$line")
  p99[$name]=$(sed 's/.*p99=\([^ ]*\).*/\1/' <<<"$line")
  status_note[$name]=$(sed 's/.*ok=\([0-9]*\) 4xx=\([0-9]*\) 5xx=\([0-9]*\) errors=\([0-9]*\).*/ok \1, 4xx \2, 5xx \3, socket errors \4/' <<<"$line")
  log "$name: ${rps[$name]} req/s, p50 ${p50[$name]} ms, p99 ${p99[$name]} ms (${status_note[$name]})"
}
warm() { # a short unmeasured run, so the JIT and the pools are warm before a figure is taken
  env "$@" wrk -t2 -c"$connections" -d5s -s "$here/get-ids.lua" "http://127.0.0.1:$port" >/dev/null 2>&1 || true
}

# --- the app as deployed: prod, Redis, caching on --------------------------------------
# Cached and uncached product detail in the same app: "cached" asks for the same 100 ids over
# and over (after the first request each is a cache hit where the product-detail cache exists);
# "uncached" asks for ids spread over all 100,000 products, about 5,000 requests a run, so nearly
# every one misses and reads PostgreSQL. The plain JDBC read is measured over the same spread.
log "start as deployed (prod, Redis, caching on)"
start_app main
startup_main=$startup_ms
sleep 5
idle_rss=$(rss_kb)
( peak=0; while kill -0 "$app_pid" 2>/dev/null; do r=$(rss_kb 2>/dev/null || echo 0); ((r > peak)) && peak=$r && echo "$peak" >"$work/peak-rss"; sleep 0.5; done ) &
sampler=$!

spread=(BENCH_ID_BASE=$first_product BENCH_ID_COUNT=100000)
hot=(BENCH_PATH=/api/v1/products/%d BENCH_IDS="$hot_ids")
warm BENCH_PATH=/api/v1/products/%d "${spread[@]}" # the JIT's first pass over the whole request path
warm BENCH_PATH=/api/v1/bench/static BENCH_IDS=1
run_wrk static get-ids.lua BENCH_PATH=/api/v1/bench/static BENCH_IDS=1 BENCH_TOKEN=
warm BENCH_PATH=/api/v1/bench/products/%d "${spread[@]}"
run_wrk jdbc get-ids.lua BENCH_PATH=/api/v1/bench/products/%d "${spread[@]}"
run_wrk detail-uncached get-ids.lua BENCH_PATH=/api/v1/products/%d "${spread[@]}"
warm "${hot[@]}"
run_wrk detail-cached get-ids.lua "${hot[@]}"
run_wrk list-10 get-ids.lua BENCH_PATH="/api/v1/products?size=10&page=%d" BENCH_ID_COUNT=100
run_wrk list-100 get-ids.lua BENCH_PATH="/api/v1/products?size=100&page=%d" BENCH_ID_COUNT=100
run_wrk stock-level get-ids.lua BENCH_PATH="/api/v1/stock/levels?product=%d" BENCH_ID_BASE=$first_product \
  BENCH_ID_COUNT=100000

# Movements: spread over every product and warehouse, then all on one hot product.
hot_product=$((first_product + 1))
hot_warehouse=$((base + 1))
hot_level="product_id = $hot_product AND warehouse_id = $hot_warehouse"
rows_before=$(psql_db -c "SELECT count(*) FROM stock_movements")
run_wrk movement-spread post-movement.lua BENCH_ID_BASE=$first_product BENCH_ID_COUNT=100000 \
  BENCH_WAREHOUSES="$warehouses"
hot_before=$(psql_db -c "SELECT on_hand FROM stock_levels WHERE $hot_level")
run_wrk movement-hot post-movement.lua BENCH_HOT_PRODUCT=$hot_product BENCH_HOT_WAREHOUSE=$hot_warehouse
sleep 1
hot_after=$(psql_db -c "SELECT on_hand FROM stock_levels WHERE $hot_level")
rows_after=$(psql_db -c "SELECT count(*) FROM stock_movements")
peak_rss=$(cat "$work/peak-rss" 2>/dev/null || rss_kb)
hwm=$(hwm_kb)
kill "$sampler" 2>/dev/null || true
stop_app

# pgbench on the same hot row, same number of clients, same duration, with the app stopped.
log "pgbench: the movement's SQL on the hot row"
pg_out=$(pgbench -h "$pg_host" -p "$pg_port" -U "$pg_user" -n -c "$connections" -j 2 -T "${duration%s}" \
  -D product=$hot_product -D warehouse=$((base + 2)) -f "$here/pgbench-movement.sql" "$db" 2>&1)
echo "$pg_out" >"$work/pgbench.txt"
pg_tps=$(grep -E '^tps' <<<"$pg_out" | head -1 | sed 's/tps = \([0-9.]*\).*/\1/')
pg_lat=$(grep -E '^latency average' <<<"$pg_out" | sed 's/.*= \([0-9.]*\) ms/\1/')
log "pgbench: $pg_tps tps, average latency $pg_lat ms"

ledger_after=$(psql_db -f "$here/ledger-check.sql")
log "after the run: $ledger_after"

# --- the table ---------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { awk -v r="$1" -v g="$2" -v op="${3:-ge}" 'BEGIN { ok = (op == "ge") ? (r >= g) : (r <= g); print (ok ? "met" : "MISSED") }'; }
elapsed=$(($(date +%s) - started_at))

{
  echo
  echo "Stockroom benchmark  $(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
  echo "wrk -t2 -c$connections -d$duration over loopback; JVM $java_opts; data: 100,000 products, 5 warehouses, 1,000,000 movements (loaded in ${load_s}s)"
  echo
  printf '%-44s %10s %9s %9s  %s\n' "Figure" "req/s" "p50 ms" "p99 ms" "vs static / notes"
  printf '%-44s %10s %9s %9s  %s\n' "--------------------------------------------" "----------" "---------" "---------" "-----------------"
  row() { printf '%-44s %10s %9s %9s  %s\n' "$1" "${rps[$2]}" "${p50[$2]}" "${p99[$2]}" "$(ratio "${rps[$2]}" "${rps[static]}")x; ${status_note[$2]}"; }
  row "Calibration: static DTO, no database" static
  row "Calibration: plain JDBC product by id" jdbc
  row "Product detail, uncached (100k ids spread)" detail-uncached
  row "Product detail, cached (the same 100 ids)" detail-cached
  row "Product list, size 10" list-10
  row "Product list, size 100" list-100
  row "Stock level read (one product)" stock-level
  row "Movement POST, spread over 500k levels" movement-spread
  row "Movement POST, one hot product" movement-hot
  printf '%-44s %10s %9s %9s  %s\n' "pgbench: movement SQL on one hot row" "$pg_tps" "" "" "average latency $pg_lat ms, $connections clients"
  echo
  echo "Hot product: on-hand $hot_before -> $hot_after (+$((hot_after - hot_before))); ledger rows made by the POST runs: $((rows_after - rows_before))"
  echo "Ledger check after the run: $ledger_after (0 broken = no lost update)"
  echo "Startup to first answered request: ${startup_main} ms; RSS idle $((idle_rss / 1024)) MB, peak under load $((peak_rss / 1024)) MB (VmHWM $((hwm / 1024)) MB)"
  echo
  printf '%-58s %8s %8s  %s\n' "Goal" "ratio" "target" "verdict"
  goal() { printf '%-58s %8s %8s  %s\n' "$1" "$2" "$3" "$(verdict "$2" "$4" "${5:-ge}")"; }
  goal "JPA product detail (uncached) / plain JDBC read" "$(ratio "${rps[detail-uncached]}" "${rps[jdbc]}")" ">= 0.70" 0.70
  goal "Cached / uncached product detail" "$(ratio "${rps[detail-cached]}" "${rps[detail-uncached]}")" ">= 2.00" 2.0
  goal "Product list size 100 / size 10" "$(ratio "${rps[list-100]}" "${rps[list-10]}")" ">= 0.33" 0.3333
  goal "Hot movement POSTs / pgbench" "$(ratio "${rps[movement-hot]}" "$pg_tps")" ">= 0.30" 0.30
  goal "Peak RSS under load / idle RSS" "$(ratio "$peak_rss" "$idle_rss")" "<= 2.50" 2.5 le
  fivexx=$(( $(for n in "${!status_note[@]}"; do sed 's/.*5xx \([0-9]*\).*/\1/' <<<"${status_note[$n]}"; done | paste -sd+ | bc) ))
  printf '%-58s %8s %8s  %s\n' "5xx answers in the whole run" "$fivexx" "0" "$([[ $fivexx -eq 0 ]] && echo met || echo MISSED)"
  printf '%-58s %8s %8s  %s\n' "Ledger levels broken after the run" "${ledger_after##*broken=}" "0" "$([[ "$ledger_after" == *"broken=0" ]] && echo met || echo MISSED)"
  echo
  echo "Whole run: $((elapsed / 60)) min $((elapsed % 60)) s. Raw output in $work."
} | tee "$work/table.txt"
