#!/usr/bin/env bash
# Benchmark of `cncf-contrib issues PROJECT` against a loopback server that answers like CLOTributor after 100 ms.
#
#   bench/issues.sh [RUNS] [ARCHIVE_FROM]     (defaults: 15 and issues)
#
# Targets, on medians of RUNS interleaved runs of each:
#   cold cache: `issues kubernetes` with no cached answer within 1.5 x the server's latency plus the start-up
#               (`cncf-contrib --version`, measured in the same run);
#   warm cache: `issues kubernetes` with a fresh cached answer within 1.2 x `list --maturity incubating`.
# Runs go through bin/cncf-contrib, as a person runs them, with its class-data-sharing archives. The launcher makes
# one from the first offline command run with a new jar and one from the first command that goes online (`issues`,
# `links`), which holds the HTTP client's classes: ARCHIVE_FROM says which command runs first (`issues` or `list`). Needs java 17+ and bash 5 (or a date that
# knows %N); builds target/cncf-contrib.jar when it is missing. Exit status 0 whatever the figures, 2 when a run fails.
set -u
export LC_ALL=C

fail() {
    printf 'issues.sh: %s\n' "$1" >&2
    exit 2
}

runs=${1:-15}
archive_from=${2:-issues}
case $runs in
    '' | *[!0-9]* | 0) fail "RUNS must be a positive integer, not '$runs'" ;;
esac
case $archive_from in
    issues | list) ;;
    *) fail "ARCHIVE_FROM must be issues or list, not '$archive_from'" ;;
esac
DELAY_MS=100

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P) || fail "cannot find the project root"
if [ -n "${JAVA_HOME-}" ]; then
    java=$JAVA_HOME/bin/java
else
    java=$(command -v java) || fail "no java on PATH (or set JAVA_HOME)"
fi
if [ ! -f "$root/target/cncf-contrib.jar" ]; then
    echo "building target/cncf-contrib.jar..." >&2
    (cd "$root" && mvn -q -DskipTests package) || fail "the build failed"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cncf-contrib-issues-bench.XXXXXX") || fail "cannot create a temporary directory"
server_pid=""
cleanup() {
    exec 3>&- 2>/dev/null
    [ -n "$server_pid" ] && wait "$server_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT

# A snapshot laid out as a distribution, so that a rebuild during the bench cannot change the jar under it.
mkdir -p "$tmp/dist/bin" "$tmp/dist/lib" "$tmp/home"
cp "$root/bin/cncf-contrib" "$tmp/dist/bin/" || fail "cannot copy the launcher"
cp "$root/target/cncf-contrib.jar" "$tmp/dist/lib/" || fail "cannot copy the jar"
cp "$root/target/cncf-contrib.jar.sha256" "$tmp/dist/lib/" 2>/dev/null
launcher=$tmp/dist/bin/cncf-contrib
unset CNCF_CONTRIB_JAVA_OPTS GH_TOKEN GITHUB_TOKEN CNCF_CONTRIB_CATALOG
export HOME=$tmp/home XDG_CACHE_HOME=$tmp/cache XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state

# The server reads its stdin until it closes: file descriptor 3 is our end of that pipe.
mkfifo "$tmp/server-in"
"$java" "$root/bench/IssuesServer.java" "$DELAY_MS" <"$tmp/server-in" >"$tmp/server-out" &
server_pid=$!
exec 3>"$tmp/server-in"
for _ in $(seq 150); do
    [ -s "$tmp/server-out" ] && break
    sleep 0.1
done
port=$(head -n 1 "$tmp/server-out")
[ -n "$port" ] || fail "the loopback server did not start"
export CNCF_CONTRIB_CLOTRIBUTOR_URL=http://localhost:$port
answers=$XDG_CACHE_HOME/cncf-contrib/answers

if [ -n "${EPOCHREALTIME-}" ]; then
    now() { now=${EPOCHREALTIME/./}; }
else
    now() { now=$(($(date +%s%N) / 1000)); }
fi

# Runs the launcher with "$@", output discarded; sets $took (microseconds). A failed run ends the bench.
timed() {
    local start status
    now
    start=$now
    "$launcher" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
    status=$?
    now
    took=$((now - start))
    if [ "$status" -ne 0 ]; then
        printf 'issues.sh: cncf-contrib %s failed with exit status %s:\n' "$*" "$status" >&2
        cat "$tmp/stderr" >&2
        exit 2
    fi
}

cold() {
    rm -rf "$answers"
    timed issues kubernetes
    grep -q 'Synthetic issue 1 ' "$tmp/stdout" || fail "the cold run did not list the server's issues"
}

warm() {
    timed issues kubernetes
    grep -q 'Synthetic issue 1 ' "$tmp/stdout" || fail "the warm run did not list the cached issues"
}

# Prints the median of the numbers on stdin, in milliseconds with one decimal.
median() {
    sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f\n", m / 1000 }'
}

echo "cncf-contrib issues benchmark"
echo "JDK:      $("$java" -version 2>&1 | head -n 1)"
echo "server:   bench/IssuesServer.java on localhost:$port, ${DELAY_MS} ms per answer"

# Warm-up: the page cache, and the launcher's first run, which writes the class-data-sharing archive.
if [ "$archive_from" = issues ]; then
    cold
else
    timed list --maturity incubating
fi
for _ in 1 2; do
    timed --version
    timed list --maturity incubating
    cold
    warm
done
requests_before=$(find "$answers" -type f | wc -l)
archives=$(find "$XDG_CACHE_HOME" -type f \( -name '*.jsa' -o -name '*.aot' \) -printf '%f ' 2>/dev/null)
echo "archives: ${archives:-none}(first run: $archive_from)"

: >"$tmp/version.us"
: >"$tmp/list.us"
: >"$tmp/cold.us"
: >"$tmp/warm.us"
for ((i = 0; i < runs; i++)); do
    timed --version
    echo "$took" >>"$tmp/version.us"
    timed list --maturity incubating
    echo "$took" >>"$tmp/list.us"
    cold
    echo "$took" >>"$tmp/cold.us"
    warm
    echo "$took" >>"$tmp/warm.us"
done
exec 3>&-
wait "$server_pid"
server_pid=""
served=$(sed -n 2p "$tmp/server-out")

version=$(median <"$tmp/version.us")
list=$(median <"$tmp/list.us")
cold_ms=$(median <"$tmp/cold.us")
warm_ms=$(median <"$tmp/warm.us")
echo "runs:     $runs of each, interleaved (--version, list, issues cold, issues warm), after 2 warm-up rounds"
echo "served:   $served requests (one per cold run; a warm run asks nothing; $requests_before cached answer files)"
printf '%-32s %9s ms\n' "cncf-contrib --version" "$version" "list --maturity incubating" "$list" \
    "issues kubernetes, cold cache" "$cold_ms" "issues kubernetes, warm cache" "$warm_ms"
awk -v c="$cold_ms" -v w="$warm_ms" -v l="$list" -v v="$version" -v d="$DELAY_MS" 'BEGIN {
    cold_target = 1.5 * d + v
    printf "cold:     %.1f ms against 1.5 x %d ms + start-up %.1f ms = %.1f ms: %s (cold - start-up = %.2f x the latency)\n",
        c, d, v, cold_target, (c <= cold_target ? "PASS" : "FAIL"), (c - v) / d
    printf "warm:     %.2f x list (target 1.20): %s\n", w / l, (w <= 1.2 * l ? "PASS" : "FAIL")
    printf "network:  cold - warm = %.1f ms for one %d ms round trip\n", c - w, d
}'
exit 0
