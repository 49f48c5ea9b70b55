# Scenarios of the core: the request pipeline (/api/me), the programs, the advisors. Sourced by bench/run.sh.
bench_section "the request pipeline and the programs"

# The staff's /api/me reads no database: token validation and the request pipeline against /api/ping.
bench_vs_bare "GET /api/me (staff) vs GET /api/ping" coordinator /api/me /api/ping

buyer_subject="$(bench_psql -c "select login_subject from buyer_contact where name = 'ベンチ バイヤー'")"
bench_vs_pgbench "GET /api/me (buyer)" buyer /api/me core/me-buyer.sql -D subject="$buyer_subject" -D one=1

bench_vs_pgbench "GET /api/programs (staff)" coordinator /api/programs core/programs.sql \
  -D programs="{$(bench_psql -c "select string_agg(code, ',' order by sort_order) from program")}" \
  -D targets="{$(bench_psql -c "select string_agg(id::text, ',') from program_target")}"
bench_vs_pgbench "GET /api/programs/FOOD" coordinator /api/programs/FOOD core/program.sql -D code=FOOD \
  -D targets="{$(bench_psql -c "select string_agg(id::text, ',') from program_target where program_code = 'FOOD'")}"

# Keycloak's Admin API behind a one-minute cache: no database, so no floor.
bench_alone "GET /api/advisors (Keycloak, kept a minute)" coordinator /api/advisors
