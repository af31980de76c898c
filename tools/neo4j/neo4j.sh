#!/usr/bin/env bash
# Starts and stops the local Neo4j (tools/neo4j launcher) for development and tests.
#   tools/neo4j/neo4j.sh start|stop|status
# Environment: NEO4J_PORT (7687), NEO4J_DIR (.neo4j), NEO4J_HEAP (1g),
# NEO4J_PAGECACHE_MB (512), NEO4J_TX_MEMORY_MB (1024), NEO4J_START_TIMEOUT (180 s).
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${NEO4J_PORT:-7687}
dir=${NEO4J_DIR:-.neo4j}
pidfile=$dir/neo4j.pid
log=$dir/neo4j.log
launcher=tools/neo4j

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }
bolt_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

start() {
  if running; then
    echo "neo4j: already running (pid $(cat "$pidfile"), bolt://127.0.0.1:$port); nothing to do"
    return 0
  fi
  if bolt_answers; then
    echo "neo4j: something else already listens on 127.0.0.1:$port; stop it or set NEO4J_PORT" >&2
    return 1
  fi
  if [ ! -d "$launcher/target/lib" ] || [ ! -d "$launcher/target/classes" ]; then
    echo "neo4j: building the launcher (mvn package in $launcher)"
    (cd "$launcher" && mvn -q -B package -DskipTests)
  fi
  mkdir -p "$dir"
  local t0=$(date +%s%N)
  nohup java -Xms256m -Xmx"${NEO4J_HEAP:-1g}" -XX:+UseG1GC \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
    --add-exports=java.base/sun.nio.ch=ALL-UNNAMED \
    -cp "$launcher/target/lib/*:$launcher/target/classes" coalition.neo4j.Launcher \
    --home "$dir/data" --port "$port" \
    --pagecache-mb "${NEO4J_PAGECACHE_MB:-512}" --tx-memory-mb "${NEO4J_TX_MEMORY_MB:-1024}" \
    >"$log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  local deadline=$(( $(date +%s) + ${NEO4J_START_TIMEOUT:-180} ))
  until grep -q 'ready on bolt' "$log" 2>/dev/null && bolt_answers; do
    if ! running; then
      echo "neo4j: the launcher exited during startup; last lines of $log:" >&2
      tail -n 30 "$log" >&2; rm -f "$pidfile"; return 1
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      echo "neo4j: Bolt did not answer on 127.0.0.1:$port within ${NEO4J_START_TIMEOUT:-180}s; last lines of $log:" >&2
      tail -n 30 "$log" >&2; stop; return 1
    fi
    sleep 0.5
  done
  echo "neo4j: ready on bolt://127.0.0.1:$port after $(( ($(date +%s%N) - t0) / 1000000 )) ms (pid $(cat "$pidfile"), log $log)"
}

stop() {
  if ! running; then
    rm -f "$pidfile"; echo "neo4j: not running"; return 0
  fi
  local pid=$(cat "$pidfile")
  kill -TERM "$pid"
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "neo4j: pid $pid did not stop in 60s; killing it" >&2; kill -KILL "$pid"
  fi
  rm -f "$pidfile"; echo "neo4j: stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "neo4j: running (pid $(cat "$pidfile"))"; else echo "neo4j: not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
