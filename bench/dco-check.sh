#!/usr/bin/env bash
# Times `cncf-contrib check dco` over a generated history against dco-check 0.5.1 (christophebedard/dco-check,
# one Python file) checking the same range in plain-git mode, and against the `git log` that check dco runs (the
# baseline): medians of interleaved runs, wall time and peak RSS, with the ratios to dco-check. It also counts the
# git processes each starts (in a run of its own, through a counting `git` first on PATH).
#
#   DCO_CHECK_PY=/path/to/dco_check.py bench/dco-check.sh [commits] [runs]    (defaults: 20000 commits, 9 runs)
#
# Without DCO_CHECK_PY, dco-check is left out (and the script says so). PYTHON picks the interpreter (default
# python3); a version manager's shim (pyenv, asdf) is resolved to the interpreter itself, so that the shim's own
# start-up is not timed. Peak RSS needs /usr/bin/time (Debian package `time`, installed when missing and possible).
# Uses bin/cncf-contrib, or `java -jar target/cncf-contrib.jar` without it (run `mvn package` first).
# Targets: check dco at most 0.75 times dco-check's wall time, no more peak RSS, at most three git processes.
set -euo pipefail

COMMITS=${1:-20000}
RUNS=${2:-9}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [[ -x $ROOT/bin/cncf-contrib ]]; then
    TOOL=("$ROOT/bin/cncf-contrib")
else
    [[ -f $ROOT/target/cncf-contrib.jar ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
    TOOL=(java -jar "$ROOT/target/cncf-contrib.jar")
fi

TIME=/usr/bin/time
if [[ ! -x $TIME ]] && command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
    apt-get install -y -qq time >/dev/null 2>&1 || true
fi
if [[ ! -x $TIME ]]; then
    echo "note: /usr/bin/time (Debian package 'time') is missing: peak RSS is not measured" >&2
    TIME=""
fi

PY=""
if [[ -z ${DCO_CHECK_PY-} ]]; then
    echo "note: DCO_CHECK_PY is not set, so dco-check is not timed; set it to the dco_check.py of" >&2
    echo "      christophebedard/dco-check 0.5.1 (dco_check/dco_check.py at its tag 0.5.1)" >&2
elif [[ ! -f $DCO_CHECK_PY ]]; then
    echo "DCO_CHECK_PY=$DCO_CHECK_PY is not a file" >&2
    exit 2
else
    DCO_CHECK_PY=$(cd "$(dirname "$DCO_CHECK_PY")" && pwd)/$(basename "$DCO_CHECK_PY")
    PY=$("${PYTHON:-python3}" -c 'import sys; print(sys.executable)') || { echo "no python: set PYTHON" >&2; exit 2; }
    PEER_VERSION=$("$PY" "$DCO_CHECK_PY" --version 2>&1 || true)
    [[ $PEER_VERSION == *0.5.1* ]] || echo "note: $DCO_CHECK_PY says '$PEER_VERSION', not dco-check 0.5.1" >&2
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# git must not read the developer's configuration; the launcher keeps its archive in this temporary cache
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/config" XDG_CACHE_HOME="$WORK/home/cache" GIT_CONFIG_NOSYSTEM=1
# dco-check takes the first CI it finds in these: none, for plain-git mode as on a developer's machine; no options
unset GITHUB_ACTIONS GITLAB_CI TF_BUILD APPVEYOR CIRCLECI DCO_CHECK_DEFAULT_BRANCH DCO_CHECK_DEFAULT_BRANCH_FROM_REMOTE \
    DCO_CHECK_DEFAULT_REMOTE DCO_CHECK_CHECK_MERGE_COMMITS DCO_CHECK_EXCLUDE_EMAILS DCO_CHECK_EXCLUDE_PATTERN \
    DCO_CHECK_QUIET DCO_CHECK_VERBOSE
mkdir -p "$HOME"

REPO=$WORK/repo
git init -q -b main "$REPO"
# fast-import: one stream, no process per commit. Every commit is signed off; one in 50 has a body paragraph.
awk -v n="$COMMITS" 'BEGIN {
    for (i = 1; i <= n; i++) {
        msg = "Change number " i "\n\n"
        if (i % 50 == 0) msg = msg "A longer explanation of change " i ", wrapped\nover two lines.\n\n"
        msg = msg "Signed-off-by: Jane Doe <jane@example.org>\n"
        printf "commit refs/heads/main\nmark :%d\n", i
        printf "author Jane Doe <jane@example.org> %d +0000\n", 1700000000 + i
        printf "committer Jane Doe <jane@example.org> %d +0000\n", 1700000000 + i
        printf "data %d\n%s", length(msg), msg
        if (i > 1) printf "from :%d\n", i - 1
        printf "M 644 inline file.txt\ndata %d\n%d\n\n", length(i "") + 1, i
    }
}' | git -C "$REPO" fast-import --quiet
git -C "$REPO" checkout -q main
ROOT_COMMIT=$(git -C "$REPO" rev-list --max-parents=0 HEAD)
RANGE=$ROOT_COMMIT..HEAD
# dco-check takes its range from `git merge-base --fork-point BRANCH`, which needs a branch (and its reflog)
git -C "$REPO" branch dco-base "$ROOT_COMMIT"
IN_RANGE=$(git -C "$REPO" rev-list --count "$RANGE")
echo "repository: $(git -C "$REPO" rev-list --count HEAD) commits; range $RANGE ($IN_RANGE commits)"

# the log call check dco makes (Repository.logRange), same range and format
BASELINE=(git -C "$REPO" log -z --no-show-signature --no-color --encoding=UTF-8
    '--format=%m%H%d%x00%P%x00%an%x00%ae%x00%cn%x00%ce%x00%B' --boundary --decorate-refs=refs/remotes/
    --end-of-options "^$ROOT_COMMIT" HEAD --)
CHECK=("${TOOL[@]}" check dco --repo "$REPO" --range "$RANGE")
PEER=(env -C "$REPO" "$PY" "${DCO_CHECK_PY-}" -b dco-base)

# Both must pass the whole range; these first runs also warm up (the launcher writes its archive on its first).
OUT=$("${CHECK[@]}") || { echo "check dco failed on the benchmark repository: $OUT" >&2; exit 1; }
[[ $OUT == *"all $IN_RANGE commits pass"* ]] || { echo "check dco did not pass all $IN_RANGE commits: $OUT" >&2; exit 1; }
"${CHECK[@]}" >/dev/null
if [[ -n $PY ]]; then
    OUT=$("${PEER[@]}" -v) || { echo "dco-check failed on the benchmark repository" >&2; exit 1; }
    # -v prints each commit's hash on a line of its own
    CHECKED=$(grep -cE '^[[:space:]]+[0-9a-f]{40}$' <<<"$OUT" || true)
    [[ $CHECKED == "$IN_RANGE" ]] || { echo "dco-check checked $CHECKED commits, not $IN_RANGE" >&2; exit 1; }
    "${PEER[@]}" >/dev/null
fi
"${BASELINE[@]}" >/dev/null

# One timed run of "$@": wall milliseconds appended to $WORK/$1.ms; peak RSS (KB) to $WORK/$1.kb and CPU
# milliseconds (user + system, its git processes included) to $WORK/$1.cpu.
measure() {
    local name=$1 t0 t1
    shift
    t0=$(date +%s%N)
    if [[ -n $TIME ]]; then
        "$TIME" -o "$WORK/rss" -f '%M %U %S' "$@" >/dev/null
    else
        "$@" >/dev/null
    fi
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000000)) >>"$WORK/$name.ms"
    if [[ -n $TIME ]]; then
        tail -n 1 "$WORK/rss" | awk '{ print $1 }' >>"$WORK/$name.kb"
        tail -n 1 "$WORK/rss" | awk '{ printf "%d\n", ($2 + $3) * 1000 }' >>"$WORK/$name.cpu"
    fi
}

for ((i = 0; i < RUNS; i++)); do
    measure git "${BASELINE[@]}"
    measure tool "${CHECK[@]}"
    [[ -z $PY ]] || measure peer "${PEER[@]}"
    measure version "${TOOL[@]}" --version
done

median() {
    [[ -s $1 ]] || { echo "-"; return; }
    sort -n "$1" | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}
mb() {
    [[ $1 == "-" ]] && { echo "-"; return; }
    awk -v k="$1" 'BEGIN { printf "%.1f MB", k / 1024 }'
}

# git processes: a `git` first on PATH logs each start and runs the real one (never in the timed runs)
mkdir -p "$WORK/count"
printf '#!/bin/sh\necho "$1" >>"%s/count/log"\nexec "%s" "$@"\n' "$WORK" "$(command -v git)" >"$WORK/count/git"
chmod +x "$WORK/count/git"
processes() {
    : >"$WORK/count/log"
    PATH="$WORK/count:$PATH" "$@" >/dev/null 2>&1 || true
    wc -l <"$WORK/count/log" | tr -d ' '
}
TOOL_GITS=$(processes "${CHECK[@]}")
PEER_GITS=-
[[ -z $PY ]] || PEER_GITS=$(processes "${PEER[@]}")

GIT_MS=$(median "$WORK/git.ms")
TOOL_MS=$(median "$WORK/tool.ms")
PEER_MS=$(median "$WORK/peer.ms")
VERSION_MS=$(median "$WORK/version.ms")
TOOL_KB=$(median "$WORK/tool.kb")
PEER_KB=$(median "$WORK/peer.kb")

echo "medians of $RUNS interleaved runs ($("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -n 1); $(git --version);" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')):"
printf '  %-36s %8s %10s %8s  %s\n' "" "wall" "peak RSS" "CPU" "git processes"
printf '  %-36s %5s ms %10s %5s ms  %s\n' "git log (baseline)" "$GIT_MS" "$(mb "$(median "$WORK/git.kb")")" \
    "$(median "$WORK/git.cpu")" 1
printf '  %-36s %5s ms %10s %5s ms  %s\n' "cncf-contrib check dco" "$TOOL_MS" "$(mb "$TOOL_KB")" "$(median "$WORK/tool.cpu")" \
    "$TOOL_GITS"
if [[ -n $PY ]]; then
    printf '  %-36s %5s ms %10s %5s ms  %s\n' \
        "dco-check 0.5.1 ($("$PY" -c 'import platform; print("Python " + platform.python_version())'))" \
        "$PEER_MS" "$(mb "$PEER_KB")" "$(median "$WORK/peer.cpu")" "$PEER_GITS"
fi
printf '  %-36s %5s ms %10s %5s ms\n' "cncf-contrib --version (start-up)" "$VERSION_MS" "$(mb "$(median "$WORK/version.kb")")" \
    "$(median "$WORK/version.cpu")"
if [[ -n $PY ]]; then
    awk -v t="$TOOL_MS" -v p="$PEER_MS" 'BEGIN {
        printf "ratio check dco / dco-check, wall time: %.2f (target <= 0.75: %s)\n", t / p, t / p <= 0.75 ? "met" : "not met" }'
    if [[ $TOOL_KB != "-" && $PEER_KB != "-" ]]; then
        awk -v t="$TOOL_KB" -v p="$PEER_KB" 'BEGIN {
            printf "ratio check dco / dco-check, peak RSS: %.2f (target <= 1.00: %s)\n", t / p, t / p <= 1 ? "met" : "not met" }'
    fi
fi
awk -v t="$TOOL_MS" -v g="$GIT_MS" 'BEGIN { printf "ratio check dco / git log, wall time: %.2f\n", t / g }'
echo "git processes of check dco: $TOOL_GITS (target <= 3: $([[ $TOOL_GITS -le 3 ]] && echo met || echo 'not met'))"
