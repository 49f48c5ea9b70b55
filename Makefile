# Iwaki Matching. The two commands: `make run` and `make test` (see README.md).
# Ports (make run): SPA 5173, API 8080, Keycloak 8180 (management 9180), PostgreSQL 15432.
# Ports (make test): SPA 5183, API 8091, Keycloak 8190 (management 9190), PostgreSQL 15433.
# Variables read by backend/infra: API_PORT SPA_PORT KEYCLOAK_PORT PG_PORT EXTERNAL_KEYCLOAK_URL
#   QUARKUS_DATASOURCE_JDBC_URL QUARKUS_DATASOURCE_USERNAME QUARKUS_DATASOURCE_PASSWORD
#   KEYCLOAK_ADMIN_USER KEYCLOAK_ADMIN_PASSWORD IWAKI_CACHE CHROMIUM_PATH

STACK := bash backend/infra/stack.sh

.PHONY: run stop test fetch bench clean-data help

help:
	@echo "make run    start PostgreSQL, Keycloak, the API and the SPA with demo data"
	@echo "make stop   stop what make run (or an aborted make test) started"
	@echo "make test   run every test: contract, API, SPA unit and end-to-end in Chromium"
	@echo "make bench  load the API with real tokens and print requests/s and latency"
	@echo "make fetch  only download what the other targets need"
	@echo "make clean-data  forget make run's database and Keycloak state"

run:
	@$(STACK) run

stop:
	@$(STACK) stop

test:
	@$(STACK) test

fetch:
	@$(STACK) fetch

bench:
	@$(STACK) bench

clean-data: stop
	rm -rf .run/demo
