#!/usr/bin/env bash
# Mutation testing (PIT) of the reference solutions, one module or all, with a JDK 21+.
#
#   bash workbook/maintainer/scripts/mutation.sh                    # every lesson
#   bash workbook/maintainer/scripts/mutation.sh module-01-submit   # one lesson
#
# Fails when a module kills fewer than 90% of its mutants (-Dworkbook.mutationThreshold=N to change).
# Reports: <module>/target/solutions/pit-reports/index.html. PIT starts its own JVMs and does not follow
# Maven toolchains, so Maven itself runs on the JDK 21+ found here.
set -euo pipefail
cd "$(dirname "$0")/../../.."

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = \([0-9]*\).*/\1/p'; }
jdk=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
  major=$(java_major "$candidate")
  if [ -n "$major" ] && [ "$major" -ge 21 ]; then jdk=$candidate; break; fi
done
[ -n "$jdk" ] || { echo "mutation.sh: no JDK 21 or newer found; install one (e.g. Temurin 21)" >&2; exit 1; }

modules=()
[ $# -gt 0 ] && modules=(-pl "$(IFS=,; echo "$*")")
JAVA_HOME=$jdk ./mvnw -B verify -Psolutions,pit "${modules[@]}" -Dtest='Exercise*' -Dsurefire.failIfNoSpecifiedTests=false
