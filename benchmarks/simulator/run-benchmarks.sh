#!/bin/sh
# Runs the master-scale benchmarks recorded in ../RESULTS.md, one after the other, and keeps each
# run's output under target/runs/. Build first:
#   mvn -B -o -f benchmarks/simulator/pom.xml package -DskipTests
# Usage: benchmarks/simulator/run-benchmarks.sh [launch|heap|all]
set -eu
cd "$(dirname "$0")"
jar=target/osmos-simulator.jar
out=target/runs
mkdir -p "$out"

run() {
    name=$1
    shift
    echo "== $name: java $* ($(date -u +%FT%TZ), load: $(cut -d' ' -f1-3 /proc/loadavg))" | tee "$out/$name.txt"
    java "$@" 2>&1 | tee -a "$out/$name.txt"
}

launch() {
    # 1,000 agents in a child JVM, 10 frameworks, 100,000 tasks: every offer used at once.
    run launch-random -jar $jar --agents=1000 --frameworks=10 --tasks=100000 --agent_processes=1 \
        --state_runs=0 --duration=10mins
    # The same at a bounded number of launches in flight, for latency without queueing.
    run launch-random-window -jar $jar --agents=1000 --frameworks=10 --tasks=100000 --agent_processes=1 \
        --launch_window=500 --state_runs=0 --duration=10mins
    # The same after a warm-up of 200,000 tasks (two rounds, torn down), so the JIT has compiled
    # the hot paths: the figure to hold against the 10,000 launches/s target.
    run launch-random-window-warm -jar $jar --agents=1000 --frameworks=10 --tasks=100000 --agent_processes=1 \
        --launch_window=500 --warmup_tasks=200000 --state_runs=0 --duration=10mins
    run launch-drf -jar $jar --agents=1000 --frameworks=10 --tasks=100000 --agent_processes=1 \
        --allocator=drf --state_runs=0 --duration=10mins
}

heap() {
    # 10,000 agents and 100,000 running tasks (10 per agent), the master's JVM capped at 512 MiB.
    run heap-512m -Xmx512m -jar $jar --agents=10000 --frameworks=10 --tasks=100000 --agent_processes=1 \
        --agent_jvm_options=-Xmx2g --agent_resources='cpus:1;mem:1024' --task_resources='cpus:0.1;mem:32' \
        --launch_window=1000 --state_runs=3 --duration=15mins
    # The same without the cap, so the state reads can be timed whatever they allocate.
    run heap-uncapped -jar $jar --agents=10000 --frameworks=10 --tasks=100000 --agent_processes=1 \
        --agent_jvm_options=-Xmx2g --agent_resources='cpus:1;mem:1024' --task_resources='cpus:0.1;mem:32' \
        --launch_window=1000 --state_runs=5 --duration=15mins
}

case "${1:-all}" in
    launch) launch ;;
    heap) heap ;;
    all) launch; heap ;;
    *) echo "usage: $0 [launch|heap|all]" >&2; exit 2 ;;
esac
