#!/usr/bin/env bash
# Builds this application on Operaton (the maintained continuation of Camunda 7 CE) from a clean clone
# of the committed sources, in a temporary folder, and runs the H2 suite on it. The repository itself
# is not changed; the default build stays on Camunda 7.24. See docs/upgrade.md and ADR 0010.
#
#   tools/operaton/build.sh                 # Operaton 1.0.3, H2 suite (mvn verify -DskipPostgresTests)
#   OPERATON_VERSION=1.0.3 KEEP=1 tools/operaton/build.sh
#   MAVEN_GOALS="test-compile" tools/operaton/build.sh   # only the migration and the compilation
#
# Needs git, python3, Maven and Maven Central (as the default build). Takes long: the whole H2 suite.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(git -C "$HERE" rev-parse --show-toplevel)"
OPERATON_VERSION="${OPERATON_VERSION:-1.0.3}"
# Operaton's OpenRewrite recipe; when Maven cannot resolve it, the same renames from rewrite.yml
OPERATON_RECIPE="${OPERATON_RECIPE:-org.operaton:migrate-camunda-recipe:1.0.1}"
REWRITE_PLUGIN="${REWRITE_PLUGIN:-org.openrewrite.maven:rewrite-maven-plugin:6.17.0}"
MAVEN_GOALS="${MAVEN_GOALS:-verify -DskipPostgresTests}"
WORK="${WORK:-$(mktemp -d -t operaton-build-XXXXXX)}"
MVN=(mvn -B -ntp -s "$HERE/settings.xml")

log() { printf '\n== %s\n' "$*"; }
cleanup() { if [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi; }
trap cleanup EXIT

log "clean clone of $(git -C "$REPO" rev-parse --short HEAD) into $WORK/app"
git clone --quiet --no-local "$REPO" "$WORK/app"
git -C "$WORK/app" checkout --quiet "$(git -C "$REPO" rev-parse HEAD)"
cd "$WORK/app"

log "libraries without an Operaton release, relocated (org.camunda.bpm -> org.operaton.bpm)"
relocate() { # groupId artifactId version
  local dir="$WORK/relocate-$2"
  mkdir -p "$dir"
  sed -e "s|@GROUP@|$1|g" -e "s|@ARTIFACT@|$2|g" -e "s|@VERSION@|$3|g" "$HERE/relocate-pom.xml" > "$dir/pom.xml"
  (cd "$dir" && "${MVN[@]}" -q install)
}
relocate io.holunda.data camunda-bpm-data \
  "$(sed -n 's:.*<camunda-bpm-data.version>\(.*\)</camunda-bpm-data.version>.*:\1:p' pom.xml)"
COVERAGE_VERSION="$(sed -n 's:.*<process-test-coverage.version>\(.*\)</process-test-coverage.version>.*:\1:p' pom.xml)"
relocate org.camunda.community.process_test_coverage camunda-process-test-coverage-engine-platform-7 "$COVERAGE_VERSION"
relocate org.camunda.community.process_test_coverage camunda-process-test-coverage-report-generator "$COVERAGE_VERSION"

# Operaton 1.0.3 artifacts that Maven Central did not serve when this script was written (docs/upgrade.md):
# Camunda 7.24's own module (Apache 2.0), relocated, stands in for each one that is still missing
available() { "${MVN[@]}" -q dependency:get -Dartifact="$1" -Dtransitive=false >/dev/null 2>&1; }
CAMUNDA_VERSION="$(sed -n 's:.*<camunda.version>\(.*\)</camunda.version>.*:\1:p' pom.xml)"
SUBSTITUTES=()
if ! available "org.operaton.spin:operaton-spin-dataformat-json-jackson:$OPERATON_VERSION"; then
  echo "operaton-spin-dataformat-json-jackson $OPERATON_VERSION not found: Camunda's $CAMUNDA_VERSION, relocated"
  relocate org.camunda.spin camunda-spin-dataformat-json-jackson "$CAMUNDA_VERSION"
  SUBSTITUTES+=(spin-json)
fi
if ! available "org.operaton.bpm:operaton-bpm-assert:$OPERATON_VERSION"; then
  echo "operaton-bpm-assert $OPERATON_VERSION not found: Camunda's camunda-bpm-assert $CAMUNDA_VERSION, relocated"
  relocate org.camunda.bpm camunda-bpm-assert "$CAMUNDA_VERSION"
  SUBSTITUTES+=(assert)
fi
if ! available "org.operaton.bpm:operaton-bpm-junit5:$OPERATON_VERSION"; then
  echo "operaton-bpm-junit5 $OPERATON_VERSION not found: the engine's junit5 jar (operaton-engine, classifier junit5)"
  SUBSTITUTES+=(junit5)
fi

log "Java: OpenRewrite"
if "${MVN[@]}" -q dependency:get -Dartifact="$OPERATON_RECIPE" -Dtransitive=false >/dev/null 2>&1; then
  echo "Operaton's recipe $OPERATON_RECIPE"
  "${MVN[@]}" "$REWRITE_PLUGIN:run" -Drewrite.recipeArtifactCoordinates="$OPERATON_RECIPE" \
    -Drewrite.activeRecipes=org.operaton.rewrite.MigrateFromCamunda -Drewrite.exportDatatables=false | tail -40
else
  echo "$OPERATON_RECIPE cannot be resolved: the same renames with OpenRewrite's own recipes (rewrite.yml)"
  "${MVN[@]}" "$REWRITE_PLUGIN:run" -Drewrite.configLocation="$HERE/rewrite.yml" \
    -Drewrite.activeRecipes=vn.viethoa.movement.MigrateToOperaton -Drewrite.exportDatatables=false | tail -40
fi

log "coordinates, configuration keys, webapp overrides"
python3 "$HERE/adapt.py" "$WORK/app" "$OPERATON_VERSION" "${SUBSTITUTES[@]}"
git -C "$WORK/app" add -A
git -C "$WORK/app" diff --cached --stat | tail -5
if grep -rn --include=*.java "org\.camunda\.bpm" src >/dev/null; then
  echo "references to org.camunda.bpm left:"; grep -rn --include=*.java "org\.camunda\.bpm" src | head
fi

log "mvn $MAVEN_GOALS on Operaton $OPERATON_VERSION"
set +e
"${MVN[@]}" $MAVEN_GOALS 2>&1 | tee "$WORK/build.log" | grep -E "Tests run:|FAIL|ERROR|BUILD" | grep -v "^\[INFO\] Tests run: .*, Failures: 0, Errors: 0" | tail -80
status=${PIPESTATUS[0]}
set -e
log "result: exit $status; surefire totals:"
grep -h -E "^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$" "$WORK/build.log" || true
exit "$status"
