# Scenarios of targets against actuals (issue 12): the dashboard of one fiscal year, counted from the bench data
# (1,000,000 negotiations with their histories, NegotiationBenchData), against the same aggregate SQL in pgbench.
# Sourced by bench/run.sh; the pgbench script, with the variables it declares, is in kpi/.
bench_section "targets against actuals (1,000,000 negotiations over five fiscal years)"
bench_vs_pgbench "kpi: the dashboard of one fiscal year" coordinator "/api/kpi/dashboard?fiscalYear={year}" kpi/dashboard.sql
