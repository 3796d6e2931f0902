#!/usr/bin/env bash
# Start-up time of `bin/cncf-contrib list --maturity incubating` against a Java hello world on the same JDK.
#
# usage: bench/startup.sh [RUNS] [-- ARGS...]
#   RUNS  timed runs of each program (default 15), interleaved: hello, app, hello, app...
#   ARGS  the cncf-contrib arguments to time instead of `list --maturity incubating`
# JAVA_HOME picks the JDK (else the java on PATH), e.g. JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64.
# Exit status: 0 whatever the ratio (this is a measurement), 2 when a run fails or the set-up does.
set -u
# EPOCHREALTIME and awk must not write a decimal comma.
export LC_ALL=C

fail() {
    printf 'startup.sh: %s\n' "$1" >&2
    exit 2
}

runs=${1:-15}
[ $# -gt 0 ] && shift
case $runs in
    '' | *[!0-9]* | 0) fail "RUNS must be a positive integer, not '$runs'" ;;
esac
if [ "${1-}" = -- ]; then
    shift
fi
if [ $# -gt 0 ]; then
    app_args=("$@")
else
    app_args=(list --maturity incubating)
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P) || fail "cannot find the project root"
launcher=$root/bin/cncf-contrib
[ -x "$launcher" ] || fail "$launcher is missing or not executable"

if [ -n "${JAVA_HOME-}" ]; then
    java=$JAVA_HOME/bin/java
    javac=$JAVA_HOME/bin/javac
    [ -x "$javac" ] || javac=$(command -v javac) || fail "no javac in JAVA_HOME ($JAVA_HOME) or on PATH"
else
    java=$(command -v java) || fail "no java on PATH (or set JAVA_HOME)"
    javac=$(command -v javac) || fail "no javac on PATH (or set JAVA_HOME)"
fi
[ -x "$java" ] || fail "$java is not executable"

if [ ! -f "$root/target/cncf-contrib.jar" ]; then
    echo "building target/cncf-contrib.jar..." >&2
    (cd "$root" && mvn -q -DskipTests package) || fail "the build failed"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cncf-contrib-bench.XXXXXX") || fail "cannot create a temporary directory"
trap 'rm -rf "$tmp"' EXIT
# A snapshot, laid out as a distribution (bin/, lib/): a rebuild during the bench cannot change the jar under it.
mkdir -p "$tmp/dist/bin" "$tmp/dist/lib"
cp "$launcher" "$tmp/dist/bin/" || fail "cannot copy $launcher"
cp "$root/target/cncf-contrib.jar" "$tmp/dist/lib/" || fail "cannot copy target/cncf-contrib.jar"
cp "$root/target/cncf-contrib.jar.sha256" "$tmp/dist/lib/" 2>/dev/null
launcher=$tmp/dist/bin/cncf-contrib
# The launcher's archives go to a fresh cache, so that the warm-up measures nothing stale and leaves nothing behind.
export XDG_CACHE_HOME=$tmp/cache
# The launcher only creates an archive with its own flags; the bench measures it as shipped.
unset CNCF_CONTRIB_JAVA_OPTS
"$javac" --release 17 -d "$tmp/classes" "$root/bench/Hello.java" || fail "javac failed on bench/Hello.java"

# Microseconds since the epoch, from bash 5's clock when there is one: `date` would add a fork to every run.
if [ -n "${EPOCHREALTIME-}" ]; then
    now() { now=${EPOCHREALTIME/./}; }
else
    case $(date +%s%N) in
        *[!0-9]*) fail "needs bash 5 or a date that knows %N" ;;
    esac
    now() { now=$(($(date +%s%N) / 1000)); }
fi

# shellcheck disable=SC2317 # both are called through timed's "$1"
hello() { "$java" -cp "$tmp/classes" Hello; }
# shellcheck disable=SC2317
app() { "$launcher" "${app_args[@]}"; }

# Runs $1 (hello or app) once, output discarded; sets $took (microseconds). A failed run ends the bench.
timed() {
    local start status
    now
    start=$now
    "$1" >/dev/null 2>"$tmp/stderr"
    status=$?
    now
    took=$((now - start))
    if [ "$status" -ne 0 ]; then
        printf 'startup.sh: the %s run failed with exit status %s:\n' "$1" "$status" >&2
        cat "$tmp/stderr" >&2
        exit 2
    fi
}

# Prints "median min max" of the numbers on stdin, divided by $1, with one decimal.
stats() {
    sort -n | awk -v d="$1" '{ v[NR] = $1 }
        END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
              printf "%.1f %.1f %.1f\n", m / d, v[1] / d, v[NR] / d }'
}

jdk=$("$java" -version 2>&1 | head -n 1)
echo "cncf-contrib start-up benchmark"
echo "JDK:      $jdk ($java)"
echo "command:  bin/cncf-contrib ${app_args[*]}  vs  java -cp <tmp> Hello"

# Warm-up: the page cache, and the launcher's first run, which writes the class-data-sharing archive.
for _ in 1 2 3; do
    timed hello
    timed app
done
archive=$(find "$XDG_CACHE_HOME" -type f \( -name '*.jsa' -o -name '*.aot' \) 2>/dev/null | head -n 1)
if [ -n "$archive" ]; then
    echo "archive:  $(basename "$archive") ($(($(wc -c <"$archive") / 1048576)) MiB)"
else
    echo "archive:  NONE was created: the app runs below start without class-data sharing"
fi

: >"$tmp/hello.us"
: >"$tmp/app.us"
for ((i = 0; i < runs; i++)); do
    timed hello
    echo "$took" >>"$tmp/hello.us"
    timed app
    echo "$took" >>"$tmp/app.us"
done
read -r hello_median hello_min hello_max < <(stats 1000 <"$tmp/hello.us")
read -r app_median app_min app_max < <(stats 1000 <"$tmp/app.us")

echo "runs:     $runs of each, interleaved, after 3 warm-up runs of each"
printf '%-14s %10s %10s %10s\n' "" median min max
printf '%-14s %7s ms %7s ms %7s ms\n' hello "$hello_median" "$hello_min" "$hello_max"
printf '%-14s %7s ms %7s ms %7s ms\n' cncf-contrib "$app_median" "$app_min" "$app_max"
ratio=$(awk -v a="$app_median" -v h="$hello_median" 'BEGIN { printf "%.2f", a / h }')
echo "ratio:    $ratio (median cncf-contrib / median hello)"

# Peak RSS in a pass of its own: the /usr/bin/time wrapper would add a fork to the timed runs.
if [ -x /usr/bin/time ]; then
    : >"$tmp/hello.kb"
    : >"$tmp/app.kb"
    for ((i = 0; i < runs; i++)); do
        /usr/bin/time -f %M -o "$tmp/rss" "$java" -cp "$tmp/classes" Hello >/dev/null 2>&1 \
            || fail "the hello run failed under /usr/bin/time"
        cat "$tmp/rss" >>"$tmp/hello.kb"
        /usr/bin/time -f %M -o "$tmp/rss" "$launcher" "${app_args[@]}" >/dev/null 2>&1 \
            || fail "the app run failed under /usr/bin/time"
        cat "$tmp/rss" >>"$tmp/app.kb"
    done
    read -r _ _ hello_rss < <(stats 1024 <"$tmp/hello.kb")
    read -r _ _ app_rss < <(stats 1024 <"$tmp/app.kb")
    echo "max RSS:  hello $hello_rss MiB, cncf-contrib $app_rss MiB ($runs runs each)"
else
    echo "max RSS:  not measured (no /usr/bin/time: apt-get install time)"
fi

if awk -v r="$ratio" 'BEGIN { exit !(r <= 3.00) }'; then
    echo "target: ratio <= 3.00: PASS"
else
    echo "target: ratio <= 3.00: FAIL"
fi
exit 0
