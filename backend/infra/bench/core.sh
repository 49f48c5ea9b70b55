# Scenarios of the core: the request pipeline (/api/me), the programs, the advisors. Sourced by bench/run.sh;
# the pgbench scripts, with the variables they declare, are in core/.
bench_section "the request pipeline and the programs"

# The staff's /api/me reads no database: token validation and the request pipeline against /api/ping.
bench_vs_bare "GET /api/me (staff) vs GET /api/ping" coordinator /api/me /api/ping

bench_vs_pgbench "GET /api/me (buyer)" buyer /api/me core/me-buyer.sql
bench_vs_pgbench "GET /api/programs (staff)" coordinator /api/programs core/programs.sql
bench_vs_pgbench "GET /api/programs/FOOD" coordinator "/api/programs/{code}" core/program.sql

# Keycloak's Admin API behind a one-minute cache: no database, so no floor.
bench_alone "GET /api/advisors (Keycloak, kept a minute)" coordinator /api/advisors
