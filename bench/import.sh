#!/usr/bin/env bash
# The CSV import's benchmark (issue 16's goals), on its own: builds the jar, starts the app as
# production runs it (prod profile, -Xmx512m) on a database of its own, generates a 100,000-row
# products file, imports it through the API (POST /api/v1/imports, then confirm, then polls
# GET /api/v1/imports/{id} until DONE) and prints the rows per second end to end (upload,
# preview scan, load) and how far the app's resident memory grew during the import. Then it
# imports the same file again (nothing changes, every row is compared) and reports that too.
# Goals: at least 5,000 rows/s, at most 100 MB of RSS growth. About 2 minutes here.
#
# Settings (environment): BENCH_PG_HOST/PORT/USER (127.0.0.1, 5432, postgres; trust auth),
# BENCH_IMPORT_DB (stockroom_import_bench, dropped and made again), BENCH_IMPORT_ROWS (100000),
# BENCH_PORT (8211), BENCH_JOB_POLL_SECONDS (5: how often JobRunr's worker looks for jobs), BENCH_REDIS_URL (redis://127.0.0.1:6379, keys under a prefix of the
# run's own), BENCH_JAVA (java), BENCH_JAVA_OPTS (-Xmx512m), BENCH_SKIP_BUILD=1 to reuse
# target/*.jar.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

pg_host="${BENCH_PG_HOST:-127.0.0.1}"
pg_port="${BENCH_PG_PORT:-5432}"
pg_user="${BENCH_PG_USER:-postgres}"
db="${BENCH_IMPORT_DB:-stockroom_import_bench}"
rows="${BENCH_IMPORT_ROWS:-100000}"
port="${BENCH_PORT:-8211}"
redis_url="${BENCH_REDIS_URL:-redis://127.0.0.1:6379}"
java_bin="${BENCH_JAVA:-java}"
java_opts="${BENCH_JAVA_OPTS:--Xmx512m}"
work="$root/target/bench-import"
mkdir -p "$work"
app_pid=""

log() { printf '[import %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
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
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$app_pid/status"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

for tool in psql curl openssl sha256sum jq; do
  command -v "$tool" >/dev/null || { echo "bench/import.sh needs $tool" >&2; exit 1; }
done

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "building the jar"
  ./mvnw -B -ntp -q -DskipTests package
fi
jar=$(ls target/stockroom-*.jar | grep -v -- '-plain\.jar$' | head -1)

token="srk_$(openssl rand 32 | base64 | tr '+/' '-_' | tr -d '=\n')"
app_env=(
  SPRING_PROFILES_ACTIVE=prod
  SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db"
  SPRING_DATASOURCE_USERNAME="$pg_user"
  SPRING_DATASOURCE_PASSWORD="bench-$(openssl rand -hex 8)"
  STOCKROOM_JWT_SECRET="base64:$(openssl rand -base64 32)"
  STOCKROOM_ALLOWED_HOSTS="127.0.0.1,localhost"
  STOCKROOM_BASE_URL="http://127.0.0.1:$port"
  STOCKROOM_REDIS_URL="$redis_url"
  STOCKROOM_REDIS_KEY_PREFIX="bench-import-$(openssl rand -hex 4):"
  STOCKROOM_RATE_LIMIT_API_CAPACITY=1000000000
  # A busy machine (other builds) can take longer than the default half second to connect.
  SPRING_DATA_REDIS_CONNECT_TIMEOUT="${BENCH_REDIS_TIMEOUT:-5s}"
  SPRING_DATA_REDIS_TIMEOUT="${BENCH_REDIS_TIMEOUT:-5s}"
  # JobRunr's workers look for enqueued jobs every 15 s by default; 5 s is its shortest. The
  # wait for a worker is part of the end-to-end time measured here.
  JOBRUNR_BACKGROUND_JOB_SERVER_POLL_INTERVAL_IN_SECONDS="${BENCH_JOB_POLL_SECONDS:-5}"
  SERVER_PORT="$port"
)

start_app() {
  env "${app_env[@]}" "$java_bin" $java_opts -jar "$jar" >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health" && return 0
    kill -0 "$app_pid" 2>/dev/null || { tail -40 "$work/app.log" >&2; exit 1; }
    sleep 0.25
  done
  echo "the app did not start; see $work/app.log" >&2
  exit 1
}

log "making database $db"
psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
psql_admin -c "CREATE DATABASE $db"
log "starting the app (Flyway migrates the new database)"
start_app
# The benchmark's user: a superuser who cannot sign in with a password, with one API token.
psql_db <<SQL
INSERT INTO users (id, username, email, full_name, password_hash, active, staff, superuser, date_joined, created_at,
                   updated_at)
VALUES (2000000000, 'bench', 'bench@example.invalid', 'Benchmark', '{bcrypt}!', TRUE, TRUE, TRUE, now(), now(), now());
INSERT INTO api_tokens (id, user_id, name, prefix, key_hash, created_at)
VALUES (2000000001, 2000000000, 'bench', '${token:0:8}', '$(printf %s "$token" | sha256sum | cut -d' ' -f1)', now());
SQL
auth=(-H "Authorization: Token $token")
api="http://127.0.0.1:$port/api/v1"

file="$work/products.csv"
log "writing $rows products to $file"
awk -v rows="$rows" 'BEGIN {
  print "sku,name,description,unit,cost,price,reorderPoint,reorderQuantity,active";
  for (i = 1; i <= rows; i++)
    printf "IMP-%06d,Imported part %d,A part made for the import benchmark,EACH,%d.25,%d.50,%d,%d,true\n", i, i, i % 90 + 1, i % 90 + 3, i % 20, i % 50 + 10;
}' >"$file"

# Uploads, confirms and waits for the end; prints "rows_per_s rss_growth_mb status unchanged".
import_file() { # name
  local name=$1 t0 rss0 peak id status body rss
  rss0=$(rss_kb)
  peak=$rss0
  t0=$(now_ms)
  body=$(curl -fsS "${auth[@]}" -F kind=products -F "file=@$file;type=text/csv" "$api/imports")
  id=$(jq -r .id <<<"$body")
  curl -fsS -o /dev/null "${auth[@]}" -X POST "$api/imports/$id/confirm"
  while true; do
    body=$(curl -fsS "${auth[@]}" "$api/imports/$id")
    status=$(jq -r .status <<<"$body")
    rss=$(rss_kb)
    ((rss > peak)) && peak=$rss
    [[ "$status" == RUNNING ]] || break
    sleep 0.2
  done
  local ms=$(($(now_ms) - t0))
  log "$name: $status in ${ms} ms, $(jq -c '{total,imported,unchanged,failed}' <<<"$body")"
  echo "$((rows * 1000 / ms)) $(((peak - rss0) / 1024)) $status $(jq -r .unchanged <<<"$body")"
}

# A small import first, so that the measured one does not pay for loading classes.
head -1001 "$file" >"$work/warm-up.csv"
(file="$work/warm-up.csv" rows=1000 import_file warm-up >/dev/null)
psql_db -c "DELETE FROM audit_entries; DELETE FROM products" >/dev/null

read -r first_rate first_rss first_status _ < <(import_file first)
read -r again_rate again_rss again_status again_unchanged < <(import_file again)
products_now=$(psql_db -c "SELECT count(*) FROM products")

{
  echo "CSV import benchmark  $(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$java_bin" -version 2>&1 | head -1), $java_opts"
  printf '%-44s %12s %14s %8s\n' "" "rows/s" "RSS growth MB" "status"
  printf '%-44s %12s %14s %8s\n' "$rows new products (goal >= 5000, <= 100 MB)" "$first_rate" "$first_rss" "$first_status"
  printf '%-44s %12s %14s %8s\n' "the same file again (unchanged: $again_unchanged)" "$again_rate" "$again_rss" "$again_status"
  echo "products in the database: $products_now"
} | tee "$work/result.txt"
