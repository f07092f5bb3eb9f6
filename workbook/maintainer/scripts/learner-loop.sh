#!/usr/bin/env bash
# Benchmark of the learner's loop (issue 12): a one-line edit to an exercise, then
# `./mvnw -o test -pl <module>`, timed from the start of the command to its exit.
# Usage: bash workbook/maintainer/scripts/learner-loop.sh [runs] [module ...]   (default: 5 runs, all four modules)
# Prints one line per run and the median per module; restores every file it edits.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}; shift || true
modules=("$@"); [ ${#modules[@]} -gt 0 ] || modules=(module-0*/)
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
for m in "${modules[@]}"; do
  m=${m%/}
  stub=$(find "$m/src/main/java" -path '*/exercises/*.java' | sort | head -1)
  cp "$stub" /tmp/learner-loop.stub.bak
  trap 'cp /tmp/learner-loop.stub.bak "$stub"' EXIT
  ./mvnw -o -q test -pl "$m" >/dev/null 2>&1 || true        # warm-up: compile once, fill caches
  times=()
  for i in $(seq "$runs"); do
    printf '\n// learner-loop edit %s\n' "$i" >> "$stub"     # the one-line edit
    start=$(date +%s.%N)
    ./mvnw -o test -pl "$m" > /tmp/learner-loop.out 2>&1 || true
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc); times+=("$t")
    echo "$m run $i: ${t}s, $(wc -l < /tmp/learner-loop.out) lines of output"
  done
  cp /tmp/learner-loop.stub.bak "$stub"; trap - EXIT
  echo "$m median of $runs: $(printf '%s\n' "${times[@]}" | median) s"
done
