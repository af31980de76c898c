#!/usr/bin/env bash
# Runs the README's two commands as a new user would, on a bare machine, and
# says how long each took: a clean clone of this repository's HEAD (with
# ../shared beside it), `make test`, then `make run` until it serves the
# explorer and answers a query (then it is stopped).
#
# "Bare": it runs in a private mount namespace whose root is an overlay of
# this machine's, in which Debian's chromium and poppler-utils are purged
# and HOME is a new, empty folder (no Go module, npm or Maven cache), so
# make has to install and download everything itself. The real system is
# not touched: what the run installs goes to the overlay, removed at the end.
# Needs root, unshare and overlayfs, and the package registries.
#
#   tools/firstrun.sh
# Environment: FIRSTRUN_PORTS, four free ports for make run's Neo4j, its
# HTTP server, make test's Neo4j and its browser tests' server (default
# "7713 18113 7714 18114"); FIRSTRUN_KEEP=1 keeps the overlay for a look.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$repo/.." && pwd)/shared
[ "$(id -u)" -eq 0 ] || { echo "firstrun: needs root (a mount namespace and an overlay)" >&2; exit 1; }
[ -d "$shared" ] || { echo "firstrun: $shared not found (the clone needs ../shared)" >&2; exit 1; }
read -r run_neo4j run_http test_neo4j test_http <<<"${FIRSTRUN_PORTS:-7713 18113 7714 18114}"
rev=$(git -C "$repo" rev-parse HEAD)
work=$(mktemp -d /tmp/firstrun.XXXXXX)
mkdir -p "$work"/{upper,work,root}
cleanup() {
  if [ -z "${FIRSTRUN_KEEP:-}" ]; then rm -rf "$work"; else echo "firstrun: overlay kept in $work"; fi
}
trap cleanup EXIT

echo "firstrun: $rev in a bare overlay at $work/root"
unshare -m --propagation private bash -s -- "$work" "$repo" "$shared" "$rev" "$run_neo4j" "$run_http" "$test_neo4j" "$test_http" <<'OUTER'
set -euo pipefail
work=$1 repo=$2 shared=$3 rev=$4 run_neo4j=$5 run_http=$6 test_neo4j=$7 test_http=$8
root=$work/root
mount -t overlay overlay -o "lowerdir=/,upperdir=$work/upper,workdir=$work/work" "$root"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --rbind /sys "$root/sys"
mount -t tmpfs tmpfs "$root/tmp"
chroot "$root" env -i PATH=/usr/local/go/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
  HOME=/tmp/home LANG=C.UTF-8 REPO="$repo" SHARED="$shared" REV="$rev" \
  RUN_NEO4J="$run_neo4j" RUN_HTTP="$run_http" TEST_NEO4J="$test_neo4j" TEST_HTTP="$test_http" \
  bash -s <<'INNER'
set -euo pipefail
mkdir -p "$HOME"
say() { echo "firstrun: $*"; }
clock() { date +%s; }

# Make the machine bare: no Chromium, no pdftotext.
pkgs=$(dpkg-query -W -f '${Package} ${Status}\n' 'chromium*' poppler-utils 2>/dev/null | awk '/ installed$/ {print $1}' | tr '\n' ' ')
if [ -n "$pkgs" ]; then
  say "purging $pkgs"
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq $pkgs >/dev/null 2>&1
fi
! command -v chromium >/dev/null && ! command -v pdftotext >/dev/null || { say "chromium or pdftotext still here"; exit 1; }
say "bare: no chromium, no pdftotext, empty HOME (no Go, npm or Maven cache)"

mkdir -p /tmp/clone
cp -r "$SHARED" /tmp/clone/shared
git clone -q "$REPO" /tmp/clone/main
cd /tmp/clone/main
git checkout -q "$REV"

t0=$(clock)
status=0
make test TEST_NEO4J_PORT="$TEST_NEO4J" TEST_HTTP_ADDR="127.0.0.1:$TEST_HTTP" >/tmp/make-test.log 2>&1 || status=$?
t_test=$(( $(clock) - t0 ))
tail -n 5 /tmp/make-test.log
if NEO4J_PORT="$TEST_NEO4J" NEO4J_DIR=.neo4j/test tools/neo4j/neo4j.sh status >/dev/null 2>&1; then
  say "make test left its Neo4j running"; status=1
fi
[ "$status" -eq 0 ] || { say "make test failed ($status) after ${t_test} s; log:"; tail -n 60 /tmp/make-test.log; exit 1; }
say "make test passed in ${t_test} s"

t0=$(clock)
setsid make run NEO4J_PORT="$RUN_NEO4J" HTTP_ADDR="127.0.0.1:$RUN_HTTP" >/tmp/make-run.log 2>&1 &
run_pid=$!
stop_run() {
  kill -TERM -- -"$run_pid" 2>/dev/null || true
  wait "$run_pid" 2>/dev/null || true
  NEO4J_PORT="$RUN_NEO4J" NEO4J_DIR=.neo4j tools/neo4j/neo4j.sh stop >/dev/null || true
}
trap stop_run EXIT
served=
for _ in $(seq 1 900); do
  if curl -fs "http://127.0.0.1:$RUN_HTTP/healthz" >/dev/null 2>&1; then served=1; break; fi
  kill -0 "$run_pid" 2>/dev/null || break
  sleep 1
done
t_run=$(( $(clock) - t0 ))
[ -n "$served" ] || { say "make run did not serve; log:"; tail -n 40 /tmp/make-run.log; exit 1; }
answer=$(curl -fs "http://127.0.0.1:$RUN_HTTP/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"{ search(text: \"global equality\", first: 1) { id } }"}')
[[ $answer == *org:council-for-global-equality* ]] || { say "make run's API answered $answer"; exit 1; }
page=$(curl -fs "http://127.0.0.1:$RUN_HTTP/")
[[ ${page,,} == *"<html"* ]] || { say "make run serves no page at /: ${page:0:200}"; exit 1; }
say "make run served the explorer and answered a query ${t_run} s after it started"
say "summary: make test ${t_test} s, make run ${t_run} s (from a clean clone on a bare machine)"
INNER
OUTER
