#!/usr/bin/env bash
# Makes a hand-out of one lesson (or of all of them) without the reference solutions, for a class.
#
#   bash workbook/instructor/handout.sh module-02-wait      ->  dist/module-02-wait-handout.zip
#   bash workbook/instructor/handout.sh all                 ->  one hand-out per lesson
#   bash workbook/instructor/handout.sh module-02-wait DIR  ->  writes into DIR instead of dist/
#
# A hand-out holds only what a learner runs: the Maven Wrapper and .mvn/, a root pom.xml that lists only that
# lesson (and its parents workbook/build and workbook/tools), workbook/test-kit (what the tests compile against), workbook/learner (the summary, watch mode), the
# lesson without src/solutions and without build output, and the pages of docs/ that the lesson links to.
# Never the instructor's tools (grader, this script) nor the maintainer checks.
# Every link of the hand-out resolves: a link to what it leaves out (another lesson, a solution, a docs page
# the lesson does not link to) becomes plain text, with "(another lesson of the workbook)" or
# "(워크북의 다른 레슨)" for another lesson (workbook/instructor/dev/futuresworkbook/instructor/HandoutLinks.java, run with any JDK 11+).
# Unpacked in an empty folder it builds with its own wrapper (`./mvnw test -pl <module>`), and its exercise
# tests are red until the learner solves them.
set -euo pipefail

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v "$java" >/dev/null || { echo "handout.sh needs a JDK 11+ (java on the PATH or JAVA_HOME)" >&2; exit 2; }

root=$(cd "$(dirname "$0")/../.." && pwd)
what=${1:?"usage: $0 <module-0N-...|all> [output dir]"}
out=${2:-$root/dist}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [ "$what" = all ]; then
  modules=$(cd "$root" && ls -d module-0*/ | tr -d /)
else
  [ -f "$root/$what/pom.xml" ] || { echo "no such lesson: $what (try: $(cd "$root" && ls -d module-0*/ | tr -d / | tr '\n' ' '))" >&2; exit 2; }
  modules=$what
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
links=()
for module in $modules; do
  name="$module-handout"
  dir="$stage/$name"
  mkdir -p "$dir"
  cp "$root/mvnw" "$root/mvnw.cmd" "$root/.editorconfig" "$root/.gitignore" "$dir/"
  mkdir -p "$dir/.mvn"
  # Maven's configuration, the root pom's parents (the build; the tools' profiles), the test kit and the
  # learner's tools (summary, watch); no build output.
  (cd "$root" && tar --exclude=target -cf - .mvn workbook/build workbook/tools workbook/test-kit workbook/learner) | (cd "$dir" && tar -xf -)
  # The root pom, with only this lesson in the reactor (and no maintainer module in -Psolutions).
  sed -E -e "/<module>module-[^<]*<\/module>/{/<module>$module<\/module>/!d;}" \
      -e "/<module>workbook\/maintainer<\/module>/d" "$root/pom.xml" > "$dir/pom.xml"
  cat > "$dir/README.md" <<README
# $module — hand-out · 배포본

A lesson of the Futures Workbook, without the reference solutions. You need a JDK 21 or newer.
퓨처 워크북의 레슨 하나입니다(참고 답안 제외). JDK 21 이상이 필요합니다.

    ./mvnw -q -pl $module compile exec:exec     # run the lesson · 레슨 실행
    ./mvnw test -pl $module                     # your exercises · 연습 문제 테스트

Notes · 노트: [$module/README.md]($module/README.md) · [$module/README.ko.md]($module/README.ko.md)
README
  # The lesson, without the reference solutions and without build output.
  (cd "$root" && tar --exclude="$module/src/solutions" --exclude="$module/target" -cf - "$module") | (cd "$dir" && tar -xf -)
  links+=("$dir" "$module")
done

# The docs pages each lesson links to; links to what a hand-out leaves out become plain text (one JVM for all).
"$java" "$root/workbook/instructor/dev/futuresworkbook/instructor/HandoutLinks.java" "$root" "${links[@]}"

for module in $modules; do
  name="$module-handout"
  rm -f "$out/$name.zip"
  if command -v zip >/dev/null; then
    (cd "$stage" && zip -qr "$out/$name.zip" "$name")
  else
    (cd "$stage" && jar --create --no-manifest --file "$out/$name.zip" "$name")  # any JDK has jar
  fi
  echo "wrote $out/$name.zip"
done
