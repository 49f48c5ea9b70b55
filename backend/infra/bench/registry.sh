# Scenarios of the registry: lists and searches of firms, products and projects at the size the bench data set
# gives them (db/seed/bench.sql). Sourced by bench/run.sh; the pgbench scripts, with the variables they declare,
# are in registry/ (firms-search.sql serves two searches: each gives its own :q).
bench_section "firms (100,000 registered)"
bench_vs_pgbench "firms: first page by kana" coordinator "/api/firms?size={size}" registry/firms-first-page.sql
bench_vs_pgbench "firms: page 2,000 by last change" coordinator "/api/firms?page=2000&size={size}&sort=-updatedAt" \
  registry/firms-by-last-change.sql
bench_vs_pgbench "firms: search いわき (every 8th firm)" coordinator "/api/firms?q=%E3%81%84%E3%82%8F%E3%81%8D" \
  registry/firms-search.sql -D q=%イワキ%
bench_vs_pgbench "firms: search ｽｲｻﾝ 4701 (5 hits)" coordinator "/api/firms?q=%EF%BD%BD%EF%BD%B2%EF%BD%BB%EF%BE%9D%204701" \
  registry/firms-search.sql -D q=%スイサン4701%

bench_section "products (100,000, one a firm) and projects (200)"
bench_vs_pgbench "products: first page by kana" coordinator "/api/products?size={size}" registry/products-first-page.sql
bench_vs_pgbench "products: search ﾒﾋｶﾘ 4711" coordinator "/api/products?q=%EF%BE%92%EF%BE%8B%EF%BD%B6%EF%BE%98%204711" \
  registry/products-search-one.sql
bench_vs_pgbench "projects: FY2025 FOOD" coordinator "/api/projects?fiscalYear={year}&program={program}" \
  registry/projects-of-a-year.sql
