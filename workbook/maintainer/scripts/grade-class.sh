#!/usr/bin/env bash
# Benchmark of the grader (issue 17: "grading 30 submissions takes 3 min or less"): makes a class of N
# submissions of lesson 1 (a third solved as zips, a third untouched stubs as folders, a third with exercises
# 1-3 solved), grades them with the instructor's command and prints the wall time and the table's last rows.
#
#   bash workbook/maintainer/scripts/grade-class.sh        # 30 submissions, -Dgrading.jobs = processors
#   bash workbook/maintainer/scripts/grade-class.sh 12 1   # 12 submissions, one at a time
set -euo pipefail
cd "$(dirname "$0")/../../.."
n=${1:-30}; jobs=${2:-0}
lesson=module-01-submit
class=$(mktemp -d)
trap 'rm -rf "$class"' EXIT
exercises=$lesson/src/main/java/dev/futuresworkbook/submit/exercises
solutions=$lesson/src/solutions/java/dev/futuresworkbook/submit/exercises
for i in $(seq 1 "$n"); do
  learner="$class/submissions/learner-$i"
  mkdir -p "$learner/$exercises"
  cp "$exercises"/*.java "$learner/$exercises/"
  case $((i % 3)) in
    0) cp "$solutions"/*.java "$learner/$exercises/"
       (cd "$learner" && zip -qr "../learner-$i.zip" .) && rm -rf "$learner" ;;
    1) ;;
    2) for f in SumUpTo SubmitAll CollectResults; do cp "$solutions/$f.java" "$learner/$exercises/"; done ;;
  esac
done
./mvnw -o -q -pl "$lesson" process-test-classes -DskipTests >/dev/null   # the lesson and its tests, built beforehand
start=$(date +%s.%N)
./mvnw -o -q -pl "$lesson" -Pgrade -Dsubmissions="$class/submissions" -Dgrading.out="$class/grading" \
  -Dgrading.jobs="$jobs" > "$class/out.txt"
end=$(date +%s.%N)
grep '^| learner' "$class/out.txt" | sort -V | tail -3
echo "$n submissions graded in $(echo "$end - $start" | bc | xargs printf '%.1f') s (jobs: ${jobs/#0/processors}, load $(cut -d' ' -f1-3 /proc/loadavg))"
