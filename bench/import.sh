#!/bin/sh
# Times 'cncf-contrib catalog import' of the real CNCF landscape file (about 1.1 MB, 2,413 items) against a
# baseline measured in the same run: 'cncf-contrib --version', which starts the same JVM and picocli but reads
# no catalog. Runs are interleaved, so machine load affects both alike; reports medians, the import's own cost
# (median difference) and whether every run wrote identical bytes.
#
#   mvn -q -DskipTests package && bench/import.sh [RUNS]      (default 9 runs)
#   LANDSCAPE=/path/to/landscape.yml JAVA_OPTS=-XX:TieredStopAtLevel=1 bench/import.sh
set -eu

runs=${1:-9}
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/target/cncf-contrib.jar"
java_opts=${JAVA_OPTS:--XX:TieredStopAtLevel=1}
landscape=${LANDSCAPE:-}
if [ -z "$landscape" ]; then
    for candidate in "$root/../shared/data/landscape.yml" "$root/../../shared/data/landscape.yml"; do
        if [ -f "$candidate" ]; then landscape=$candidate; break; fi
    done
fi
[ -f "$jar" ] || { echo "no $jar: run 'mvn -q -DskipTests package' first" >&2; exit 2; }
[ -n "$landscape" ] && [ -f "$landscape" ] || { echo "no landscape.yml found: set LANDSCAPE=FILE" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

now_ms() { date +%s%N | cut -c1-13; }

i=0
while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    start=$(now_ms)
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    java $java_opts -jar "$jar" --version >/dev/null
    echo $(( $(now_ms) - start )) >>"$work/baseline"
    start=$(now_ms)
    # shellcheck disable=SC2086
    java $java_opts -jar "$jar" catalog import --landscape "$landscape" -o "$work/catalog-$i.json" 2>/dev/null
    echo $(( $(now_ms) - start )) >>"$work/import"
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
base=$(median "$work/baseline")
imp=$(median "$work/import")
distinct=$(sha256sum "$work"/catalog-*.json | awk '{ print $1 }' | sort -u | wc -l)

echo "landscape:          $landscape"
echo "runs:               $runs (interleaved), JAVA_OPTS=$java_opts"
echo "baseline --version: median ${base} ms"
echo "catalog import:     median ${imp} ms  (ratio $(awk "BEGIN { printf \"%.2f\", $imp / $base }") x baseline; import work ~$((imp - base)) ms)"
echo "identical output:   $([ "$distinct" -eq 1 ] && echo "yes, $runs runs gave the same bytes" || echo "NO: $distinct different outputs")"
