#!/usr/bin/env bash
# Runs the API benchmark or the load test against a Neo4j that already holds
# a loaded corpus, for `make bench-api` and `make loadtest`:
#   tools/apiload/run.sh bench   bin/coalition serve and the @neo4j/graphql server
#                                (bench/neo4j-graphql), then apiload against both
#                                and the driver floor, side by side
#   tools/apiload/run.sh load    bin/coalition serve, then apiload's open-loop test
#                                of all queries mixed (-open): the capacity, 70 % and
#                                150 % of it; exits non-zero if a criterion failed
# Extra arguments go to apiload (they override the defaults below). The servers
# listen on free loopback ports and are stopped however the run ends.
# Environment: NEO4J_URI (bolt://127.0.0.1:7688) and the other NEO4J_* variables;
# APILOAD_LOGS, a folder for the servers' logs (a new temporary one by default);
# COALITION_BIN, the coalition binary to serve (bin/coalition), to compare builds;
# SERVE_FLAGS, more flags for its serve (e.g. "--max-queue-wait 500ms").
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-}; shift || true
export NEO4J_URI=${NEO4J_URI:-bolt://127.0.0.1:7688}
logs=${APILOAD_LOGS:-$(mktemp -d /tmp/apiload.XXXXXX)}
mkdir -p "$logs"
pids=()

stop_servers() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_servers EXIT

# wait_for_url LOG WHAT: the URL a server printed to LOG once it listens.
wait_for_url() {
  local log=$1 what=$2 pid=${pids[-1]} url
  for _ in $(seq 1 300); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" 2>/dev/null | head -n 1 || true)
    if [ -n "$url" ]; then echo "$url"; return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run.sh: $what exited during startup; last lines of $log:" >&2; tail -n 20 "$log" >&2; return 1
    fi
    sleep 0.1
  done
  echo "run.sh: $what did not start within 30 s; see $log" >&2
  return 1
}

start_serve() {
  "${COALITION_BIN:-bin/coalition}" serve --addr 127.0.0.1:0 --playground=false ${SERVE_FLAGS:-} >"$logs/serve.log" 2>&1 &
  pids+=($!)
  serve_pid=$!
  serve_url=$(wait_for_url "$logs/serve.log" "coalition serve")
  # Healthy means Neo4j answers too.
  for _ in $(seq 1 150); do
    curl -fs "$serve_url/healthz" >/dev/null && return 0
    sleep 0.2
  done
  echo "run.sh: $serve_url/healthz is not ok (is Neo4j running at $NEO4J_URI?): $(curl -s "$serve_url/healthz")" >&2
  return 1
}

start_neo4j_graphql() {
  PORT=0 HOST=127.0.0.1 node bench/neo4j-graphql/server.js >"$logs/neo4j-graphql.log" 2>&1 &
  pids+=($!)
  neo4j_graphql_url=$(wait_for_url "$logs/neo4j-graphql.log" "the @neo4j/graphql server")/graphql
}

case "$mode" in
  bench)
    start_serve
    start_neo4j_graphql
    echo "run.sh: coalition serve at $serve_url (pid $serve_pid), @neo4j/graphql at $neo4j_graphql_url, Neo4j $NEO4J_URI; logs in $logs" >&2
    bin/apiload -target ours,neo4j-graphql,driver -url "$serve_url/graphql" -neo4j-graphql-url "$neo4j_graphql_url" \
      -c 1,16 -d 10s -warmup 2s -pid "$serve_pid" -every 10s "$@"
    ;;
  load)
    start_serve
    echo "run.sh: coalition serve at $serve_url (pid $serve_pid), Neo4j $NEO4J_URI; logs in $logs" >&2
    # The load generator shares the machine with serve and Neo4j; at a
    # higher priority its own waits for a core do not count as the server's.
    nice -n -5 bin/apiload -target ours -url "$serve_url/graphql" -open -d 60s -warmup 10s -timeout 30s -pid "$serve_pid" -every 1s "$@"
    ;;
  *)
    echo "usage: $0 bench|load [apiload flags]" >&2
    exit 2
    ;;
esac
