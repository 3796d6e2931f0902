#!/usr/bin/env bash
# Benchmark of `cncf-contrib links`: 500 links on a loopback server that answers each after 100 ms.
#
#   bench/links.sh [CONCURRENCY] [RUNS]      (defaults: 10 and 5)
#
# The ideal wall time is LINKS / CONCURRENCY x 100 ms; the target is at most 1.25 times that, with a peak RSS
# under 150 MB. Reported: medians over RUNS of the whole process (JVM start-up included) and of the check alone
# (the report's elapsedMs), each as a ratio to the ideal, and the start-up of `--version` measured in the same
# run as a baseline. Needs java 17+, and target/cncf-contrib.jar (built with mvn package when missing).
# JAVA_OPTS is passed to both java commands (for example JAVA_OPTS=-XX:TieredStopAtLevel=1, as a launcher would).
set -euo pipefail
cd "$(dirname "$0")/.."

CONCURRENCY=${1:-10}
RUNS=${2:-5}
LINKS=500
DELAY_MS=100
JAR=target/cncf-contrib.jar
# By default the flags bin/cncf-contrib gives links: C1 only, Serial GC, no perf data.
JAVA_OPTS=${JAVA_OPTS-"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"}

if [[ ! -f $JAR ]]; then
    mvn -q -B -ntp package -DskipTests
fi

TIME=/usr/bin/time
if [[ ! -x $TIME ]]; then
    if command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
        apt-get install -y -qq time >/dev/null || true
    fi
fi
if [[ ! -x $TIME ]]; then
    echo "note: /usr/bin/time (Debian package 'time') is missing: peak RSS is not measured" >&2
    TIME=""
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
    exec 3>&- 2>/dev/null || true
    [[ -n $server_pid ]] && wait "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The server reads its stdin until it closes: file descriptor 3 is our end of that pipe.
mkfifo "$work/server-in"
java bench/SlowServer.java "$DELAY_MS" <"$work/server-in" >"$work/server-out" &
server_pid=$!
exec 3>"$work/server-in"
for _ in $(seq 100); do
    [[ -s $work/server-out ]] && break
    sleep 0.1
done
PORT=$(head -n 1 "$work/server-out")
[[ -n $PORT ]] || { echo "the loopback server did not start" >&2; exit 1; }

# A catalog of 25 projects with 20 loopback repository URLs each (one repository, 19 others).
{
    printf '{"schemaVersion": 1, "asOf": "2026-11-21", "groups": [], "projects": [\n'
    for p in $(seq 1 25); do
        printf '  {"id": "bench-%d", "name": "Bench %d", "maturity": "sandbox", "focus": "Benchmark", "description": "Loopback links.",\n' "$p" "$p"
        printf '   "repository": "http://127.0.0.1:%d/p%d/0", "additionalRepositories": [' "$PORT" "$p"
        for l in $(seq 1 19); do
            printf '"http://127.0.0.1:%d/p%d/%d"%s' "$PORT" "$p" "$l" "$([[ $l -lt 19 ]] && echo ', ')"
        done
        printf '],\n   "legal": {"kind": "dco", "basis": "project-docs"}, "asOf": "2026-11-21",\n'
        printf '   "sources": {"name": [{"url": "https://example.org/bench"}]}}%s\n' "$([[ $p -lt 25 ]] && echo ',')"
    done
    printf ']}\n'
} >"$work/catalog.json"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
now_ms() { date +%s%3N; }

export XDG_CACHE_HOME=$work/cache
: >"$work/startup" >"$work/wall" >"$work/check" >"$work/rss"
for run in $(seq "$RUNS"); do
    start=$(now_ms)
    java $JAVA_OPTS -jar "$JAR" --version >/dev/null
    echo $(( $(now_ms) - start )) >>"$work/startup"

    start=$(now_ms)
    if [[ -n $TIME ]]; then
        $TIME -f '%M' -o "$work/rss-run" java $JAVA_OPTS -jar "$JAR" links --catalog "$work/catalog.json" \
            --concurrency "$CONCURRENCY" --per-host "$CONCURRENCY" -o json >"$work/report.json"
        cat "$work/rss-run" >>"$work/rss"
    else
        java $JAVA_OPTS -jar "$JAR" links --catalog "$work/catalog.json" --concurrency "$CONCURRENCY" --per-host "$CONCURRENCY" \
            -o json >"$work/report.json"
    fi
    echo $(( $(now_ms) - start )) >>"$work/wall"
    grep -o '"elapsedMs": *[0-9]*' "$work/report.json" | grep -o '[0-9]*$' >>"$work/check"
    grep -q '"ok": *500' "$work/report.json" || { echo "run $run: not every link was ok" >&2; exit 1; }
done

ideal=$(( LINKS * DELAY_MS / CONCURRENCY ))
startup=$(median <"$work/startup")
wall=$(median <"$work/wall")
check=$(median <"$work/check")
echo "links=$LINKS delay=${DELAY_MS}ms concurrency=$CONCURRENCY runs=$RUNS${JAVA_OPTS:+ JAVA_OPTS=$JAVA_OPTS}"
echo "ideal                 ${ideal} ms"
awk -v s="$startup" -v w="$wall" -v c="$check" -v i="$ideal" 'BEGIN {
    printf "start-up (--version)  %d ms (baseline)\n", s
    printf "whole process         %d ms  = %.2f x ideal\n", w, w / i
    printf "check alone           %d ms  = %.2f x ideal\n", c, c / i
}'
if [[ -s $work/rss ]]; then
    echo "peak RSS              $(( $(median <"$work/rss") / 1024 )) MB (median; max $(( $(sort -n "$work/rss" | tail -n 1) / 1024 )) MB)"
fi
exec 3>&-
wait "$server_pid" || true
server_pid=""
