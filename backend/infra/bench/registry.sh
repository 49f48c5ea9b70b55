# Scenarios of the registry: lists and searches of firms, products and projects at the size the bench data set
# gives them (db/seed/bench.sql). Sourced by bench/run.sh; the pgbench scripts are in registry/.
bench_section "firms (100,000 registered)"
page=(-D offset=0 -D size=20)
bench_vs_pgbench "firms: first page by kana" coordinator "/api/firms?size=20" registry/firms-first-page.sql "${page[@]}"
bench_vs_pgbench "firms: page 2,000 by last change" coordinator "/api/firms?page=2000&size=20&sort=-updatedAt" \
  registry/firms-by-last-change.sql -D offset=40000 -D size=20
bench_vs_pgbench "firms: search いわき (every 8th firm)" coordinator "/api/firms?q=%E3%81%84%E3%82%8F%E3%81%8D" \
  registry/firms-search.sql -D q=%イワキ% "${page[@]}"
bench_vs_pgbench "firms: search ｽｲｻﾝ 4701 (5 hits)" coordinator "/api/firms?q=%EF%BD%BD%EF%BD%B2%EF%BD%BB%EF%BE%9D%204701" \
  registry/firms-search.sql -D q=%スイサン4701% "${page[@]}"

bench_section "products (100,000, one a firm) and projects (200)"
first_page_firms="$(bench_psql -c "select string_agg(firm_id::text, ',') from (select firm_id from product p
  where archived_at is null and firm_id not in (select id from firm where archived_at is not null) order by name_kana, id limit 20) as page")"
bench_vs_pgbench "products: first page by kana" coordinator "/api/products?size=20" registry/products-first-page.sql \
  "${page[@]}" -D firms="{$first_page_firms}"
bench_vs_pgbench "products: search ﾒﾋｶﾘ 4711" coordinator "/api/products?q=%EF%BE%92%EF%BE%8B%EF%BD%B6%EF%BE%98%204711" \
  registry/products-search-one.sql -D q=%メヒカリ4711% "${page[@]}" \
  -D firm="$(bench_psql -c "select firm_id from product where search_key like '%メヒカリ4711%'")"
# Hibernate pads an id list to the next power of two with the last id: 11 projects → 16 parameters.
projects=($(bench_psql -c "select id from project where fiscal_year = 2025 and program_code = 'FOOD' order by id desc limit 16"))
project_ids=()
for n in $(seq 1 16); do project_ids+=(-D "p$n=${projects[$(( n <= ${#projects[@]} ? n - 1 : ${#projects[@]} - 1 ))]}"); done
bench_vs_pgbench "projects: FY2025 FOOD" coordinator "/api/projects?fiscalYear=2025&program=FOOD" registry/projects-of-a-year.sql \
  -D year=2025 -D program=FOOD "${page[@]}" "${project_ids[@]}"
