#!/usr/bin/env bash
# Installs what `make run` and `make test` need that is missing, so the two
# commands work on a bare machine:
#   tools/deps.sh run    curl, and pdftotext (poppler-utils) for PDF letters
#   tools/deps.sh test   the same, and Chromium for the browser tests
# The Debian packages are installed with apt-get when running as root; for
# anyone else it prints the one command to run and exits 1. Toolchains (Go,
# Java with Maven, Node with npm) are not installed: a missing one is named,
# with where to get it, and the script exits 1.
# Environment: CHROMIUM, the browser the tests drive (/usr/bin/chromium).
set -euo pipefail
what=${1:-test}
case "$what" in run | test) ;; *) echo "usage: $0 run|test" >&2; exit 2 ;; esac

missing_tools=()
for tool in go java mvn node npm; do
  command -v "$tool" >/dev/null || missing_tools+=("$tool")
done
if [ ${#missing_tools[@]} -gt 0 ]; then
  echo "deps: missing ${missing_tools[*]}: install Go 1.26 (https://go.dev/dl), Java 17+ with Maven, and Node 20 with npm (Debian: apt-get install openjdk-17-jdk-headless maven nodejs npm)" >&2
  exit 1
fi

packages=()
command -v curl >/dev/null || packages+=(curl)
command -v pdftotext >/dev/null || packages+=(poppler-utils)
if [ "$what" = test ] && ! [ -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  if [ -n "${CHROMIUM:-}" ]; then
    echo "deps: CHROMIUM=$CHROMIUM is not an executable browser" >&2
    exit 1
  fi
  packages+=(chromium)
fi
[ ${#packages[@]} -eq 0 ] && exit 0

cmd="apt-get update && apt-get install -y ${packages[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "deps: ${packages[*]} missing; as root, run:  $cmd" >&2
  exit 1
fi
echo "deps: installing ${packages[*]} (Debian packages)"
t0=$(date +%s)
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
echo "deps: installed ${packages[*]} in $(( $(date +%s) - t0 )) s"
