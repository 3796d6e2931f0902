#!/usr/bin/env bash
# Shell completion latency: a generated catalog of N projects (default 10,000) against the bundled catalog,
# measured in the same run. Target: median under 20 ms per completion with 10,000 projects.
# Usage: bench/completion.sh [PROJECTS] [CALLS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests test-compile 2>/dev/null || mvn -q -DskipTests test-compile
classpath=$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "target/classes:target/test-classes:$classpath" dev.cncfcontrib.shell.CompletionBenchmark "$@"
