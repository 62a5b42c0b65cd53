#!/bin/sh
# Start-up time of `osmos <mode>`: from launching bin/osmos to the first HTTP 200 on /health,
# measured outside the JVM, over N runs (default 5). Each run uses a fresh work dir.
#   features/startup-benchmark.sh [mode] [runs] [extra osmos flags...]
# Prints one line per run: the outside figure and the launcher's own "ready in N ms" (JVM uptime).
set -eu
mode=${1:-local}
runs=${2:-5}
[ $# -ge 2 ] && shift 2 || shift $#
here=$(cd "$(dirname "$0")" && pwd -P)
osmos=$here/target/osmos/bin/osmos
port=5050
[ "$mode" = agent ] && port=5051
log=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$log" "$work"' EXIT

i=1
while [ "$i" -le "$runs" ]; do
  rm -rf "$work/run"
  start=$(date +%s%N)
  "$osmos" "$mode" --work_dir="$work/run" --no-shell "$@" >"$log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null -m 1 "http://127.0.0.1:$port/health"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  until grep -q " ready on " "$log"; do sleep 0.01; done
  inside=$(sed -n 's/.* ready on .* in \([0-9]*\) ms/\1/p' "$log")
  echo "run $i: $(( (end - start) / 1000000 )) ms to first /health 200 (launcher: ready in $inside ms)"
  kill -TERM "$pid"
  wait "$pid" || true
  i=$((i + 1))
done
