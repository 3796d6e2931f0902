#!/bin/sh
# Runs every Jazzer fuzz target of the project in fuzzing mode, one after the other, for EXECUTIONS inputs each
# (default one million), and prints each target's figures. Findings are written to the target's
# src/test/resources/.../<TestClass>Inputs/<method>/ directory, where plain `mvn test` replays them.
# JUnit's own timeouts are off (they would cut the whole campaign short); Jazzer turns each fuzz test's
# @Timeout into libFuzzer's per-input -timeout, so an input that hangs is still a finding.
# Usage: src/test/sh/fuzz-campaign.sh [EXECUTIONS] [TARGET...]   (a TARGET is Class#method)
set -eu
cd "$(dirname "$0")/../../.."
executions=${1:-1000000}
[ $# -gt 0 ] && shift
targets=${*:-"CatalogReaderFuzzTest#catalog CatalogReaderFuzzTest#overlay LandscapeFuzzTest#landscape
DcoFuzzTest#trailerLineAgreesWithTheAppsPattern DcoFuzzTest#everyModeGivesAVerdict
ProgressStoreFuzzTest#parse ProgressStoreFuzzTest#load CommandLineFuzzTest#anyArguments
LiveAnswersFuzzTest#clotributorAnswer LiveAnswersFuzzTest#githubAnswers LiveAnswersFuzzTest#cacheFile"}
mvn -q -o test-compile
for target in $targets; do
    class=${target%%#*}
    start=$(date +%s)
    status=clean
    JAZZER_FUZZ=1 mvn -q -o surefire:test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
        -Djazzer.max_executions="$executions" -Djazzer.max_duration=6h -Djunit.jupiter.execution.timeout.mode=disabled >"target/fuzz-$class-${target#*#}.log" 2>&1 || status=FINDING
    end=$(date +%s)
    log="target/fuzz-$class-${target#*#}.log"
    done_line=$(grep -h "^Done [0-9]* runs" "$log" 2>/dev/null | tail -1)
    echo "$target: $status; ${done_line:-no libFuzzer summary}; wall $((end - start)) s (log: $log)"
done
