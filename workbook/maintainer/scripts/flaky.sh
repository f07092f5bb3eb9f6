#!/usr/bin/env bash
# Flakiness check: runs the lessons' tests against the reference solutions N times (default 10), at the time
# knob's factor 1, while HOGS busy loops (default 2: every core of a 2-core machine) compete with them, and
# reports every failing run. A suite that fails once in a hundred runs is broken: 0 failures allowed.
#
#   bash workbook/maintainer/scripts/flaky.sh                        # 10 runs of the four lessons, 2 hogs
#   HOGS=1 bash workbook/maintainer/scripts/flaky.sh 5 -pl module-02-wait   # extra args go to Maven
#
# Logs of failing runs are kept in target/flaky/run-N.log. Exit code 0 only when every run passed.
set -uo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-10}
shift || true
[ $# -gt 0 ] || set -- -pl module-01-submit,module-02-wait,module-03-as-completed,module-04-result-timeout

hogs=()
for _ in $(seq 1 "${HOGS:-2}"); do
  ( while :; do :; done ) &
  hogs+=($!)
done
trap 'kill "${hogs[@]}" 2>/dev/null' EXIT

mkdir -p target/flaky
failures=0
start=$(date +%s)
for i in $(seq 1 "$runs"); do
  t0=$(date +%s)
  if ./mvnw -B -o verify -Psolutions -Dworkbook.delay.factor=1 "$@" > "target/flaky/run-$i.log" 2>&1; then
    echo "run $i/$runs: passed in $(( $(date +%s) - t0 )) s"
    rm -f "target/flaky/run-$i.log"
  else
    failures=$((failures + 1))
    echo "run $i/$runs: FAILED in $(( $(date +%s) - t0 )) s — target/flaky/run-$i.log"
    grep -E "<<< FAIL|\[ERROR\] Failed to execute" "target/flaky/run-$i.log" | head -10 | sed 's/^/    /'
  fi
done
echo "$failures failed, $((runs - failures)) passed of $runs runs beside ${HOGS:-2} hog(s), load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) ($(( $(date +%s) - start )) s in all)"
[ "$failures" -eq 0 ]
