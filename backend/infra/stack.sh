#!/usr/bin/env bash
# make run / make stop / make test, and the pieces they are made of.
# Usage: backend/infra/stack.sh run|stop|test|fetch
source "$(dirname "$0")/lib.sh"

print_welcome() {
  cat <<MSG

  いわきマッチング / Iwaki Matching is running.

    SPA          http://localhost:$SPA_PORT
    API          http://localhost:$API_PORT/api   (OpenAPI: http://localhost:$API_PORT/q/openapi)
    Keycloak     http://localhost:$KEYCLOAK_PORT   (admin console: $KEYCLOAK_ADMIN_USER / $KEYCLOAK_ADMIN_PASSWORD)
    PostgreSQL   localhost:$PG_PORT, database iwaki, user iwaki / iwaki
    Mail         every mail the API sends is caught here (GreenMail), none leaves the machine:
                 SMTP localhost:$MAIL_SMTP_PORT; read a recipient's mails at
                 http://localhost:$MAIL_WEB_PORT/api/user/<address>/messages/INBOX (API: http://localhost:$MAIL_WEB_PORT/)

  Demo users (demo only):
    coordinator / coordinator-demo   事務局 佐藤 花子
    advisor     / advisor-demo       経営指導員 鈴木 一郎
    advisor2    / advisor2-demo      経営指導員 渡辺 真理
    admin       / admin-demo         管理者 高橋 健
    buyer       / buyer-demo         バイヤー 田中 美咲 (東京フレッシュマート)
    buyer2      / buyer2-demo        バイヤー 伊藤 大輔 (仙台みなと商事)

  Logs: $STATE/logs    Stop: Ctrl-C here, or 'make stop' from another terminal.
MSG
}

cmd_fetch() {
  check_prerequisites
  fetch_keycloak
  fetch_postgres
  fetch_greenmail
  frontend_dependencies
}

cmd_run() {
  check_prerequisites
  use_env demo
  for name in postgres keycloak mail api spa; do
    if [ -f "$STATE/pids/$name.pid" ] && kill -0 "$(cat "$STATE/pids/$name.pid")" 2>/dev/null; then
      die "make run is already running ($name, PID $(cat "$STATE/pids/$name.pid")); use 'make stop' first."
    fi
  done
  fetch_keycloak
  fetch_postgres
  fetch_greenmail
  frontend_dependencies
  echo $$ > "$STATE/pids/run.pid"
  trap 'echo; say "Stopping"; stop_all; rm -f "$STATE/pids/run.pid"' EXIT
  trap 'exit 130' INT
  trap 'exit 0' TERM
  if [ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then start_postgres no; fi
  if [ -z "${EXTERNAL_KEYCLOAK_URL:-}" ]; then launch_keycloak no; fi
  build_backend
  build_frontend
  [ -n "${EXTERNAL_KEYCLOAK_URL:-}" ] || wait_for_keycloak
  start_mail
  start_api demo
  start_spa
  print_welcome
  while :; do
    for name in api spa mail; do
      if ! kill -0 "$(cat "$STATE/pids/$name.pid" 2>/dev/null || echo 0)" 2>/dev/null; then
        tail -n 30 "$STATE/logs/$name.log" >&2
        die "$name stopped unexpectedly; its log is $STATE/logs/$name.log"
      fi
    done
    sleep 2
  done
}

cmd_stop() {
  use_env demo
  # Ask a running make run to stop what it started, then make sure nothing is left.
  local run_pid; run_pid="$(cat "$STATE/pids/run.pid" 2>/dev/null || true)"
  if [ -n "$run_pid" ] && kill -0 "$run_pid" 2>/dev/null; then
    kill -TERM "$run_pid"
    for _ in $(seq 1 60); do kill -0 "$run_pid" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -f "$STATE/pids/run.pid"
  stop_all
  use_env test
  stop_all
  say "Stopped"
}

# --- make test ---------------------------------------------------------------------------
PASSED=0; FAILED=0; SKIPPED=0; SUITES_FAILED=()

count() { # suite, passed, failed, skipped
  printf '  %-28s %4s passed, %s failed, %s skipped\n' "$1" "$2" "$3" "$4" >> "$STATE/summary.txt"
  PASSED=$((PASSED + $2)); FAILED=$((FAILED + $3)); SKIPPED=$((SKIPPED + $4))
}

suite() { # name, command... ; records a failed suite without stopping the others
  local name="$1"; shift
  say "Test suite: $name"
  if ! "$@"; then SUITES_FAILED+=("$name"); fi
}

surefire_counts() {
  node -e '
    const fs = require("fs"), path = require("path");
    const dir = process.argv[1]; let t = 0, f = 0, s = 0;
    if (fs.existsSync(dir)) for (const file of fs.readdirSync(dir)) {
      if (!/^TEST-.*\.xml$/.test(file)) continue;
      const head = fs.readFileSync(path.join(dir, file), "utf8").match(/<testsuite[^>]*>/)[0];
      const n = (k) => Number((head.match(new RegExp(" " + k + "=\"(\\d+)\"")) || [0, 0])[1]);
      t += n("tests"); f += n("failures") + n("errors"); s += n("skipped");
    }
    console.log(t - f - s, f, s);' "$1"
}

json_counts() { # vitest or playwright JSON report
  node -e '
    const fs = require("fs"); const file = process.argv[1];
    if (!fs.existsSync(file)) { console.log(0, 1, 0); process.exit(0); }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    if (r.stats && r.stats.expected !== undefined) {
      console.log(r.stats.expected + (r.stats.flaky || 0), r.stats.unexpected, r.stats.skipped);
    } else {
      console.log(r.numPassedTests, r.numFailedTests, r.numPendingTests + (r.numTodoTests || 0));
    }' "$1"
}

cmd_test() {
  local started=$SECONDS
  check_prerequisites
  use_env test
  : > "$STATE/summary.txt"
  fetch_keycloak
  fetch_postgres
  fetch_greenmail
  frontend_dependencies
  ensure_chromium
  trap 'stop_all' EXIT
  trap 'exit 130' INT TERM
  stop_all
  launch_keycloak yes

  # While Keycloak starts: the contract lint and the SPA's static checks and unit tests.
  suite "openapi.yaml (Spectral)" bash -c "cd '$FRONTEND' && npm run --silent lint:api"
  suite "SPA lint" bash -c "cd '$FRONTEND' && npm run --silent lint"
  suite "SPA typecheck" bash -c "cd '$FRONTEND' && npm run --silent typecheck"
  rm -f "$STATE/vitest.json"
  suite "SPA unit tests" bash -c "cd '$FRONTEND' && npx vitest run --reporter=default --reporter=json --outputFile.json='$STATE/vitest.json'"
  count "SPA unit tests (Vitest)" $(json_counts "$STATE/vitest.json")

  wait_for_keycloak
  rm -rf "$BACKEND/target/surefire-reports"
  # KEYCLOAK_PID_FILE: the test that freezes Keycloak (SIGSTOP, then SIGCONT) may freeze this one, which make test started.
  suite "API tests" bash -c "cd '$BACKEND' && KEYCLOAK_URL='$KEYCLOAK_URL' KEYCLOAK_PID_FILE='$STATE/pids/keycloak.pid' ./mvnw -B verify"
  count "API tests (JUnit/Quarkus)" $(surefire_counts "$BACKEND/target/surefire-reports")

  if [ -f "$BACKEND/target/quarkus-app/quarkus-run.jar" ]; then
    [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ] || start_postgres yes
    start_mail
    start_api demo
    build_frontend
    start_spa
    rm -f "$STATE/playwright.json"
    suite "End-to-end (Chromium)" bash -c "cd '$FRONTEND' && E2E_BASE_URL='http://localhost:$SPA_PORT' MAIL_API_URL='http://localhost:$MAIL_WEB_PORT' CHROMIUM_PATH='$CHROMIUM_PATH' PLAYWRIGHT_JSON_OUTPUT_NAME='$STATE/playwright.json' npx playwright test --reporter=list,json"
    count "End-to-end (Playwright)" $(json_counts "$STATE/playwright.json")
  else
    SUITES_FAILED+=("End-to-end (no API build)")
  fi

  echo
  say "Test summary ($(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s)"
  cat "$STATE/summary.txt"
  if [ ${#SUITES_FAILED[@]} -gt 0 ]; then
    echo "  failed suites: ${SUITES_FAILED[*]}"
    [ "$FAILED" -gt 0 ] || FAILED=${#SUITES_FAILED[@]}
  fi
  echo "total: $PASSED passed, $FAILED failed, $SKIPPED skipped"
  [ ${#SUITES_FAILED[@]} -eq 0 ]
}


# --- make bench --------------------------------------------------------------------------
# Each scenario against its floor in the same run: the API under load as the SPA calls it (real Keycloak
# tokens, real PostgreSQL, autocannon from a second process), then the same SQL straight on PostgreSQL
# with pgbench, or the same server's bare endpoint. The scenarios live in bench/<area>.sh (bench/run.sh).
source "$INFRA/bench/run.sh"

cmd_bench() {
  local started=$SECONDS
  check_prerequisites
  use_env test
  fetch_keycloak
  fetch_postgres
  frontend_dependencies
  ensure_pgbench
  trap 'stop_all' EXIT
  trap 'exit 130' INT TERM
  stop_all
  launch_keycloak yes
  build_backend
  build_frontend
  start_postgres yes -c shared_preload_libraries=pg_stat_statements
  wait_for_keycloak
  # The API writes the bench data set before it answers: 1,000,000 negotiations take many minutes.
  start_api bench "${BENCH_API_START_SECONDS:-2400}"
  bench_prepare_database
  bench_client
  echo
  say "Benchmark: each scenario, then its floor; $BENCH_CONNECTIONS connections, $BENCH_SECONDS s each after $BENCH_WARMUP s of warm-up, $(nproc) cores"
  bench_run_scenarios
  echo
  say "Summary"
  node "$BENCH_DIR/result.mjs" table "$BENCH_RESULTS"
  echo
  bench_spa_size
  echo "  raw results: $BENCH_OUT ($(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s in all)"
  [ "$BENCH_FAILED" -eq 0 ] || die "a scenario failed, or a floor runs other SQL than the API (see above)"
}

case "${1:-}" in
  run) cmd_run ;;
  stop) cmd_stop ;;
  test) cmd_test ;;
  fetch) cmd_fetch ;;
  bench) cmd_bench ;;
  *) echo "usage: $0 run|stop|test|bench|fetch" >&2; exit 2 ;;
esac
