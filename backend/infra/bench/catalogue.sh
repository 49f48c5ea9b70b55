# Scenarios of the buyers' catalogue (db/seed/bench.sql): the demo buyer's company is invited to an open project with
# 30 exhibitors bringing 3 products each, a closed one with 5, and one being planned, which it does not see.
# Sourced by bench/run.sh; the pgbench scripts are in catalogue/.
bench_section "the buyer's catalogue (30 exhibitors × 3 products; a closed project of 5)"
catalogue=(-D subject="$(bench_psql -c "select login_subject from buyer_contact where name = 'ベンチ バイヤー'")" -D one=1
  -D company="$(bench_psql -c "select id from buyer_company where name = 'ベンチ商事株式会社'")")
open_project="$(bench_psql -c "select id from project where title = 'ベンチ カタログ 商談会'")"
bench_vs_pgbench "catalogue: the open project" buyer "/api/catalogue/projects/$open_project" catalogue/project.sql \
  "${catalogue[@]}" -D project="$open_project"
bench_vs_pgbench "catalogue: the buyer's projects (2)" buyer /api/catalogue/projects catalogue/projects.sql "${catalogue[@]}"
