# Scenarios of the buyers' catalogue (db/seed/bench.sql): the demo buyer's company is invited to an open project with
# 30 exhibitors bringing 3 products each, a closed one with 5, and one being planned, which it does not see.
# Sourced by bench/run.sh; the pgbench scripts, with the variables they declare, are in catalogue/.
bench_section "the buyer's catalogue (30 exhibitors × 3 products; a closed project of 5)"
bench_vs_pgbench "catalogue: the open project" buyer "/api/catalogue/projects/{project}" catalogue/project.sql
bench_vs_pgbench "catalogue: the buyer's projects (2)" buyer /api/catalogue/projects catalogue/projects.sql
