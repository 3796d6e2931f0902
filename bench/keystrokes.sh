#!/usr/bin/env bash
# Tab in the shell, end to end: the time from the key to JLine's answer on a virtual terminal (its "display all N
# possibilities?" question or the list), after `show ` and `show proj-1`, with the bundled catalog (baseline, same
# run) and generated catalogs of 10,000 and 100,000 projects; and whether Ctrl-C at that answer gives a fresh prompt.
# Targets: 100 ms with 10,000 projects, 300 ms with 100,000.
# Usage: bench/keystrokes.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests test-compile 2>/dev/null || mvn -q -DskipTests test-compile
classpath=$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "target/classes:target/test-classes:$classpath" dev.cncfcontrib.shell.KeystrokeBenchmark "$@"
