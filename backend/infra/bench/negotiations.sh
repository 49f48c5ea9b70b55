# Scenarios of the negotiations (issue 11), on the bench data's 1,000,000 negotiations of 13 advisors
# (negotiation/NegotiationBenchData; BENCH_NEGOTIATIONS=20000 make bench tries them on fewer), each against
# the same SQL in pgbench; and the timetable generation of a trade meeting, 25 buyers × 20 firms × 3 picks,
# against the statements one generation runs. Sourced by bench/run.sh; the scripts are in negotiations/.
bench_section "negotiations (the bench data's negotiations; a trade meeting of 25 buyers × 20 firms × 3 picks)"
bench_vs_pgbench "negotiations: the board of one advisor" advisor "/api/negotiations/board?advisor={advisor}&limit=20" \
  negotiations/board.sql
bench_vs_pgbench "negotiations: the list, filtered and sorted" coordinator \
  "/api/negotiations?program=FOOD&fiscalYear={year}&stage=CONTINUING&sort=-updatedAt" negotiations/list.sql

if [ -z "$(bench_psql -c "select 1 from project where created_by = 'bench-timetable' limit 1")" ]; then
  bench_psql -f "$BENCH_DIR/negotiations/timetable-data.sql" >/dev/null
fi

# The statements of one POST alone (as bench_capture_sql does for a GET).
bench_capture_post_sql() { # out.sql.log token path etag body
  local log="$STATE/logs/postgres.log" before
  bench_psql -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
  sleep 0.3
  before="$(stat -c %s "$log")"
  curl -sS -o /dev/null -X POST -H "Authorization: Bearer $2" -H "If-Match: $4" -H 'Content-Type: application/json' -d "$5" \
    "http://localhost:$API_PORT$3" || true
  sleep 0.3
  bench_psql -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
  bench_logged_statements "$log" "$before" > "$1"
}

# Generating a timetable writes (its meetings are replaced) and needs the ETag of the last generation, so the
# load is negotiations/timetable.mjs, one project per connection; the floor is the statements of one
# generation in pgbench, each client on a project of its own (:client_id).
bench_negotiations_timetable() { # name
  local name="$1" script="$BENCH_DIR/negotiations/timetable.sql"
  bench_begin "$name" || return 0
  local out; out="$BENCH_OUT/$(bench_slug "$name")"
  local token; token="$(bench_token coordinator)"
  local projects count first held body etag
  projects="$(bench_psql -c "select string_agg(id::text, ',' order by id) from project where created_by = 'bench-timetable'")"
  count="$(bench_psql -c "select count(*) from project where created_by = 'bench-timetable'")"
  first="${projects%%,*}"
  held="$(bench_psql -c "select min(held_on) from project_event where project_id = $first")"
  body="{\"heldOn\":\"$held\",\"startTime\":\"10:00\",\"endTime\":\"17:00\",\"slotMinutes\":20}"
  # The first project gets a timetable, then one generation over it alone gives the scenario's statements.
  etag="$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $token" "http://localhost:$API_PORT/api/projects/$first/timetable" \
    | sed -n -E 's/^[Ee][Tt][Aa][Gg]: *([^[:space:]]*).*$/\1/p')"
  if [ -z "$etag" ]; then
    etag="$(curl -sS -D - -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" \
      "http://localhost:$API_PORT/api/projects/$first/timetable" | sed -n -E 's/^[Ee][Tt][Aa][Gg]: *([^[:space:]]*).*$/\1/p')"
  fi
  bench_capture_post_sql "$out.sql.log" "$token" "/api/projects/$first/timetable" "$etag" "$body"
  # Every other project gets its first timetable before the load: a first generation inserts the timetable
  # and reads what a later one does not, and the floor reads each project's timetable row (\gset).
  local project
  for project in ${projects//,/ }; do
    [ -n "$(bench_psql -c "select 1 from timetable where project_id = $project")" ] || curl -sS -o /dev/null -X POST \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" "http://localhost:$API_PORT/api/projects/$project/timetable"
  done
  export BENCH_TIMETABLE_PROJECTS="$projects"
  (cd "$FRONTEND" && node "$BENCH_DIR/negotiations/timetable.mjs" "http://localhost:$API_PORT" "$token" "$BENCH_WARMUP" "$out.warm-up.json")
  bench_settle "$out.warm-up.json"
  bench_psql -c "select pg_stat_statements_reset()" >/dev/null
  bench_jfr_start
  (cd "$FRONTEND" && node "$BENCH_DIR/negotiations/timetable.mjs" "http://localhost:$API_PORT" "$token" "$BENCH_SECONDS" "$out.api.json")
  bench_jfr_stop "$out.jfr"
  bench_settle "$out.api.json"
  bench_statements > "$out.api.statements.json"
  bench_psql -c "select pg_stat_statements_reset()" >/dev/null
  rm -f "$out.pgbench-log".*
  (cd "$BENCH_OUT" && PGPASSWORD=iwaki "$PG_CLIENT_BIN/pgbench" -n -M prepared -h localhost -p "$PG_PORT" -U iwaki \
    -c "$count" -j "$BENCH_THREADS" -T "$BENCH_SECONDS" -l --log-prefix="$out.pgbench-log" \
    -f "$script" -D first="$first" -D count="$count" iwaki > "$out.pgbench.txt" 2>&1) || { cat "$out.pgbench.txt" >&2; BENCH_FAILED=1; return 0; }
  bench_statements > "$out.floor.statements.json"
  node "$BENCH_DIR/result.mjs" floor "$name" "$out.api.json" "$out.pgbench.txt" "$out.pgbench-log" \
    "$out.api.statements.json" "$out.floor.statements.json" "$out.sql.log" "$BENCH_RESULTS" || BENCH_FAILED=1
  rm -f "$out.pgbench-log".*
}
bench_negotiations_timetable "negotiations: timetable generation, 25 buyers × 20 firms × 3 picks"
