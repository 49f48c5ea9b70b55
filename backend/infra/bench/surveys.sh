# Scenarios of the needs surveys (issue 10): the analysis of a survey with 2,000 responses against the same
# aggregate SQL in pgbench, and 16 buyers autosaving drafts through their links at once. Sourced by
# bench/run.sh; the data (bench/surveys/data.sql) is loaded here once, the pgbench script is in surveys/.
bench_section "surveys (a FOOD survey, 2,400 invited, 2,000 responses rating 12 of 90 products)"
if [ -z "$(bench_psql -c "select id from survey where created_by = 'bench-surveys'")" ]; then
  bench_psql -f "$BENCH_DIR/surveys/data.sql" >/dev/null
fi
bench_survey="$(bench_psql -c "select id from survey where created_by = 'bench-surveys'")"
bench_survey_version="$(bench_psql -c "select template_version_id from survey where id = $bench_survey")"
bench_vs_pgbench "surveys: analysis of 2,000 responses" coordinator "/api/surveys/$bench_survey/analysis" surveys/analysis.sql \
  -D survey="$bench_survey" -D version="$bench_survey_version"

# The autosave has no pgbench floor: its requests write, and what they write depends on the last save.
bench_surveys_autosave() { # name
  local name="$1"
  bench_begin "$name" || return 0
  local out; out="$BENCH_OUT/$(bench_slug "$name")"
  (cd "$FRONTEND" && node "$BENCH_DIR/surveys/autosave.mjs" "http://localhost:$API_PORT" "$BENCH_WARMUP" "$out.warm-up.json")
  bench_settle "$out.warm-up.json"
  bench_jfr_start
  (cd "$FRONTEND" && node "$BENCH_DIR/surveys/autosave.mjs" "http://localhost:$API_PORT" "$BENCH_SECONDS" "$out.api.json")
  bench_jfr_stop "$out.jfr"
  node "$BENCH_DIR/result.mjs" alone "$name" "$out.api.json" "$BENCH_RESULTS" || BENCH_FAILED=1
}
bench_surveys_autosave "surveys: 16 buyers autosaving drafts by link"
