#!/usr/bin/env bash
# Flakiness check: runs the full self-check N times (default 20) while a CPU hog keeps one core busy,
# and reports every failing run. A suite that fails once in a hundred runs is broken: 0 failures allowed.
#
#   bash workbook/maintainer/scripts/flaky.sh          # 20 runs
#   bash workbook/maintainer/scripts/flaky.sh 5 -pl module-02-wait   # 5 runs of one module (extra args go to Maven)
#
# Logs of failing runs are kept in target/flaky/run-N.log. Exit code 0 only when every run passed.
set -uo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-20}
shift || true

# One busy loop, pinned to no core: on a 2-core machine it takes one core from the build.
( while :; do :; done ) &
hog=$!
trap 'kill $hog 2>/dev/null' EXIT

mkdir -p target/flaky
failures=0
start=$(date +%s)
for i in $(seq 1 "$runs"); do
  t0=$(date +%s)
  if ./mvnw -B -o verify -Psolutions "$@" > "target/flaky/run-$i.log" 2>&1; then
    echo "run $i/$runs: passed in $(( $(date +%s) - t0 )) s"
    rm -f "target/flaky/run-$i.log"
  else
    failures=$((failures + 1))
    echo "run $i/$runs: FAILED in $(( $(date +%s) - t0 )) s — target/flaky/run-$i.log"
    grep -E "✘ FAILED · 실패|StubsMustFailTest|\[ERROR\] Failed to execute" "target/flaky/run-$i.log" | head -10 | sed 's/^/    /'
  fi
done
echo "$failures failed, $((runs - failures)) passed of $runs runs under load ($(( $(date +%s) - start )) s in all)"
[ "$failures" -eq 0 ]
