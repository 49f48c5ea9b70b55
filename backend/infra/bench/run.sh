# make bench's runner, sourced by stack.sh after lib.sh. Each area describes its scenarios in a file of
# its own beside this one (core.sh, registry.sh, catalogue.sh, …) with their pgbench scripts in a folder
# of the same name; see backend/README.md, "Benchmarks".
#
# A scenario runs the API and then its floor, back to back, with the same connections and duration:
#   bench_vs_pgbench NAME USER PATH SCRIPT [pgbench options…]   the SQL the API runs, straight on PostgreSQL
#   bench_vs_bare    NAME USER PATH BARE_PATH                     the same server without a token
#   bench_alone      NAME USER PATH                               no floor (e.g. a call to Keycloak)
#   bench_section    TITLE
# USER is a demo user (coordinator, advisor, admin, buyer, buyer2). A pgbench script declares its variables
# in its header, one query a line: "-- bench: select id as project from project where title = '…'" makes
# every column of the query's one row a variable (pgbench's :project), which PATH may use as {project}.
# A floor must run the statements of one request logged alone, as many times a transaction, and the API under
# load no others (pg_stat_statements); a floor that does not fails make bench.

BENCH_DIR="$INFRA/bench"
export BENCH_CONNECTIONS="${BENCH_CONNECTIONS:-16}"
BENCH_SECONDS="${BENCH_SECONDS:-15}"
BENCH_WARMUP="${BENCH_WARMUP:-5}"
BENCH_THREADS="${BENCH_THREADS:-$(nproc)}"
BENCH_FAILED=0

# Debian keeps pgbench and its psql in /usr/lib/postgresql/NN/bin, off PATH (package postgresql-NN).
find_pgbench() {
  local bin
  for bin in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    if [ -x "$bin/pgbench" ] && [ -x "$bin/psql" ]; then echo "$bin"; return; fi
  done
}

ensure_pgbench() {
  PG_CLIENT_BIN="$(find_pgbench)"
  if [ -z "$PG_CLIENT_BIN" ]; then
    say "Installing Debian's PostgreSQL (for pgbench, the floor of make bench) with apt-get"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
    PG_CLIENT_BIN="$(find_pgbench)"
    [ -n "$PG_CLIENT_BIN" ] || die "pgbench did not install (package postgresql)"
  fi
  export PG_CLIENT_BIN
}

bench_psql() {
  PGPASSWORD=iwaki "$PG_CLIENT_BIN/psql" -h localhost -p "$PG_PORT" -U iwaki -d iwaki -X -q -At -v ON_ERROR_STOP=1 "$@"
}

bench_prepare_database() {
  bench_psql -c "create extension if not exists pg_stat_statements" >/dev/null
  # Vacuumed as well as analysed: on freshly written data the visibility map is empty, so index-only
  # scans read the heap, and whichever scenario ran before autovacuum caught up measured that (the KPI
  # dashboard's floor took 38 s a transaction instead of 3 s).
  bench_psql -c "vacuum analyze" >/dev/null
}

bench_password() {
  case "$1" in
    coordinator|advisor|advisor2) echo "$1-demo" ;;
    # The realm's password policy asks for 12 characters.
    admin|buyer|buyer2) echo "$1-demo-iwaki" ;;
    *) die "no demo user $1" ;;
  esac
}

# A client of the realm that may use the password grant, for the load generator's tokens.
bench_client() {
  local admin
  admin="$(curl -fsS -d grant_type=password -d client_id=admin-cli -d "username=$KEYCLOAK_ADMIN_USER" -d "password=$KEYCLOAK_ADMIN_PASSWORD" \
    "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))')"
  curl -fsS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d '{"clientId":"iwaki-bench","publicClient":false,"secret":"bench-secret","standardFlowEnabled":false,"directAccessGrantsEnabled":true,
         "protocolMappers":[{"name":"audience","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper","config":{"included.client.audience":"iwaki-api","access.token.claim":"true"}}]}' \
    "$KEYCLOAK_URL/admin/realms/iwaki/clients"
}

# A fresh token for each scenario: they live five minutes, a whole run much longer.
bench_token() { # user
  curl -fsS -d grant_type=password -d client_id=iwaki-bench -d client_secret=bench-secret \
    --data-urlencode "username=$1" --data-urlencode "password=$(bench_password "$1")" \
    "$KEYCLOAK_URL/realms/iwaki/protocol/openid-connect/token" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))'
}

bench_selected() { # name; BENCH_ONLY (an extended regular expression) picks scenarios
  [ -z "${BENCH_ONLY:-}" ] || printf '%s' "$1" | grep -Eq -- "$BENCH_ONLY"
}

bench_slug() { printf '%s' "$1" | tr -c 'A-Za-z0-9' '-' | tr -s '-' | cut -c1-60; }

bench_load() { # out.json seconds path [token]; autocannon from a second process, as a browser would call
  local out="$1" seconds="$2" path="$3" token="${4:-}" header=()
  [ -z "$token" ] || header=(-H "Authorization=Bearer $token")
  (cd "$FRONTEND" && npx autocannon --json -c "$BENCH_CONNECTIONS" -d "$seconds" "${header[@]}" "http://localhost:$API_PORT$path" > "$out" 2>/dev/null)
}

# Waits until the requests a load run left under way have finished (its slowest latency, at most 10 s).
bench_settle() { # out.json
  sleep "$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(Math.min(10, Math.ceil((r.latency.max || 0) / 1000) + 0.5))' "$1" 2>/dev/null || echo 2)"
}

# The statements one request runs, with their parameters, from PostgreSQL's statement log: what a floor's
# script copies (bench/<area>/*.sql).
bench_capture_sql() { # out.sql.log token path
  local log="$STATE/logs/postgres.log" before
  bench_psql -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
  sleep 0.3
  before="$(stat -c %s "$log")"
  curl -sS -o /dev/null -H "Authorization: Bearer $2" "http://localhost:$API_PORT$3" || true
  sleep 0.3
  bench_psql -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
  bench_logged_statements "$log" "$before" > "$1"
}

# The statements (and their parameters) PostgreSQL logged after byte OFFSET of LOG, one a line. A statement's
# further lines (a text block's, or the driver's RETURNING * for generated keys) start with a tab: joined to it.
# The JDBC driver's catalog lookups (column metadata of a result, asked once per connection and kept) are
# left out with their parameters: they are not the request's SQL, and a floor cannot run them once a connection.
bench_logged_statements() { # log offset
  tail -c +$(($2 + 1)) "$1" | awk '/^\t/ { sub(/^\t/, " "); line = line $0; next } { if (NR > 1) print line; line = $0 } END { print line }' \
    | awk '/LOG:  / { skip = ($0 ~ /pg_catalog\./) } /DETAIL:  parameters: / && skip { next } !skip' \
    | grep -E 'LOG:  (execute [^:]*|statement): |DETAIL:  parameters: ' \
    | grep -v -e 'alter system' -e 'pg_reload_conf' | sed -E 's/^.*(LOG|DETAIL):  (execute [^:]*: |statement: )?//'
}

bench_statements() { # the statements since the last reset, as JSON
  bench_psql -c "select coalesce(json_agg(json_build_object('calls', calls, 'query', query)), '[]')
    from pg_stat_statements
    where dbid = (select oid from pg_database where datname = current_database())
      and query !~* '^\s*(begin|commit|rollback|start|end|set|show|reset|discard|deallocate|savepoint|release)\M'
      and query not like '%pg_stat_statements%'"
}

bench_api_pid() { cat "$STATE/pids/api.pid"; }

# BENCH_JFR=1: a flight recording of the API during each scenario's measured run, beside its results.
bench_jfr_start() { [ -z "${BENCH_JFR:-}" ] || jcmd "$(bench_api_pid)" JFR.start name=bench settings=profile >/dev/null; }
bench_jfr_stop() { # out.jfr
  [ -z "${BENCH_JFR:-}" ] || jcmd "$(bench_api_pid)" JFR.stop name=bench filename="$1" >/dev/null
}

# A heading, printed before the first of its scenarios that runs (BENCH_ONLY may pick none of them).
bench_section() { BENCH_PENDING_SECTION="$1"; }

bench_begin() { # name; whether the scenario runs
  bench_selected "$1" || return 1
  if [ -n "${BENCH_PENDING_SECTION:-}" ]; then
    node "$BENCH_DIR/result.mjs" section "$BENCH_PENDING_SECTION" "$BENCH_RESULTS"
    BENCH_PENDING_SECTION=""
  fi
}

# The variables a pgbench script declares: name=value lines from its "-- bench: <query>" header lines, each
# query giving one row whose columns are the variables.
bench_script_variables() { # script
  local query values
  while IFS= read -r query; do
    values="$(bench_psql -c "select key || '=' || coalesce(value, '') from json_each_text(
      (select row_to_json(bench_row) from ($query) as bench_row))")" || { echo "$1: the header query failed: $query" >&2; return 1; }
    [ -n "$values" ] || { echo "$1: the header query gave no row: $query" >&2; return 1; }
    printf '%s\n' "$values"
  done < <(sed -n -E 's/^-- bench: (.*)$/\1/p' "$1")
}

bench_vs_pgbench() { # name user path script [pgbench options…]
  local name="$1" path="$3" user="$2" script="$BENCH_DIR/$4"; shift 4
  bench_begin "$name" || return 0
  [ -f "$script" ] || die "no pgbench script $script"
  local out; out="$BENCH_OUT/$(bench_slug "$name")"
  local declared variable variables=()
  declared="$(bench_script_variables "$script")" || { BENCH_FAILED=1; return 0; }
  while IFS= read -r variable; do
    [ -n "$variable" ] || continue
    variables+=(-D "$variable")
    path="${path//\{${variable%%=*}\}/${variable#*=}}"
  done <<< "$declared"
  case "$path" in *'{'*'}'*) echo "$name: $path names a variable $4 does not declare" >&2; BENCH_FAILED=1; return 0;; esac
  local token; token="$(bench_token "$user")"
  # One request alone, before any load: its statements are the scenario's.
  bench_capture_sql "$out.sql.log" "$token" "$path"
  bench_load "$out.warm-up.json" "$BENCH_WARMUP" "$path" "$token"
  bench_settle "$out.warm-up.json"
  bench_psql -c "select pg_stat_statements_reset()" >/dev/null
  bench_jfr_start
  bench_load "$out.api.json" "$BENCH_SECONDS" "$path" "$token"
  bench_jfr_stop "$out.jfr"
  bench_settle "$out.api.json"
  bench_statements > "$out.api.statements.json"
  bench_psql -c "select pg_stat_statements_reset()" >/dev/null
  rm -f "$out.pgbench-log".*
  (cd "$BENCH_OUT" && PGPASSWORD=iwaki "$PG_CLIENT_BIN/pgbench" -n -M prepared -h localhost -p "$PG_PORT" -U iwaki \
    -c "$BENCH_CONNECTIONS" -j "$BENCH_THREADS" -T "$BENCH_SECONDS" -l --log-prefix="$out.pgbench-log" \
    -f "$script" "${variables[@]}" "$@" iwaki > "$out.pgbench.txt" 2>&1) || { cat "$out.pgbench.txt" >&2; BENCH_FAILED=1; return 0; }
  bench_statements > "$out.floor.statements.json"
  node "$BENCH_DIR/result.mjs" floor "$name" "$out.api.json" "$out.pgbench.txt" "$out.pgbench-log" \
    "$out.api.statements.json" "$out.floor.statements.json" "$out.sql.log" "$BENCH_RESULTS" || BENCH_FAILED=1
  rm -f "$out.pgbench-log".*
}

bench_vs_bare() { # name user path bare-path
  local name="$1" user="$2" path="$3" bare="$4"
  bench_begin "$name" || return 0
  local out; out="$BENCH_OUT/$(bench_slug "$name")"
  local token; token="$(bench_token "$user")"
  bench_load "$out.warm-up.json" "$BENCH_WARMUP" "$path" "$token"
  bench_load "$out.warm-up-bare.json" "$BENCH_WARMUP" "$bare"
  bench_jfr_start
  bench_load "$out.api.json" "$BENCH_SECONDS" "$path" "$token"
  bench_jfr_stop "$out.jfr"
  bench_settle "$out.api.json"
  bench_load "$out.bare.json" "$BENCH_SECONDS" "$bare"
  node "$BENCH_DIR/result.mjs" bare "$name" "$out.api.json" "$out.bare.json" "$BENCH_RESULTS" || BENCH_FAILED=1
}

bench_alone() { # name user path
  local name="$1" user="$2" path="$3"
  bench_begin "$name" || return 0
  local out; out="$BENCH_OUT/$(bench_slug "$name")"
  local token; token="$(bench_token "$user")"
  bench_load "$out.warm-up.json" "$BENCH_WARMUP" "$path" "$token"
  bench_load "$out.api.json" "$BENCH_SECONDS" "$path" "$token"
  node "$BENCH_DIR/result.mjs" alone "$name" "$out.api.json" "$BENCH_RESULTS" || BENCH_FAILED=1
}

# The scenarios: core.sh first, then every other area's file.
bench_run_scenarios() {
  BENCH_OUT="$STATE/bench"
  rm -rf "$BENCH_OUT"; mkdir -p "$BENCH_OUT"
  BENCH_RESULTS="$BENCH_OUT/results.jsonl"
  : > "$BENCH_RESULTS"
  local file
  for file in "$BENCH_DIR/core.sh" $(ls "$BENCH_DIR"/*.sh | grep -v -e '/run\.sh$' -e '/core\.sh$' | sort); do
    # shellcheck source=/dev/null
    source "$file"
  done
}

# What the SPA's paths load, gzip, from the build make bench made (frontend/scripts/bundle-size.mjs, with its budgets).
bench_spa_size() {
  (cd "$FRONTEND" && node scripts/bundle-size.mjs) | sed 's/^/  /'
}
