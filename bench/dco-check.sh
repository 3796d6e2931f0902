#!/bin/sh
# Times `cncf-contrib check dco` over a 10,000-commit repository against the one `git log` it needs
# (same range, same machine format), as medians over interleaved runs, and prints the ratio.
#
#   bench/dco-check.sh [commits] [runs]      (defaults: 10000 commits, 9 runs)
#
# Uses bin/cncf-contrib when the worktree has it, else `java -jar target/cncf-contrib.jar` (run `mvn package` first).
set -eu

COMMITS=${1:-10000}
RUNS=${2:-9}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ -x "$ROOT/bin/cncf-contrib" ]; then
    set -- "$ROOT/bin/cncf-contrib"
else
    [ -f "$ROOT/target/cncf-contrib.jar" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
    set -- java -jar "$ROOT/target/cncf-contrib.jar"
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# git must not read the developer's configuration
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/config" GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME"

REPO="$WORK/repo"
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
RANGE="$ROOT_COMMIT..HEAD"
echo "repository: $(git -C "$REPO" rev-list --count HEAD) commits; range $RANGE"

# the same log call check dco makes (Repository.log)
baseline() {
    git -C "$REPO" log -z --no-show-signature --no-color --encoding=UTF-8 \
        --format='%H%x00%P%x00%an%x00%ae%x00%cn%x00%ce%x00%B' --end-of-options "^$ROOT_COMMIT" HEAD -- >/dev/null
}
tool() {
    "$@" check dco --repo "$REPO" --range "$RANGE" >/dev/null
}
now_ms() {
    date +%s%N | cut -c1-13
}

tool "$@" || { echo "check dco failed on the benchmark repository" >&2; exit 1; }
baseline
: >"$WORK/git.times"
: >"$WORK/tool.times"
i=0
while [ "$i" -lt "$RUNS" ]; do
    t0=$(now_ms); baseline; t1=$(now_ms)
    echo $((t1 - t0)) >>"$WORK/git.times"
    t0=$(now_ms); tool "$@"; t1=$(now_ms)
    echo $((t1 - t0)) >>"$WORK/tool.times"
    i=$((i + 1))
done
: >"$WORK/version.times"
i=0
while [ "$i" -lt "$RUNS" ]; do
    t0=$(now_ms); "$@" --version >/dev/null; t1=$(now_ms)
    echo $((t1 - t0)) >>"$WORK/version.times"
    i=$((i + 1))
done

median() {
    sort -n "$1" | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}
GIT_MS=$(median "$WORK/git.times")
TOOL_MS=$(median "$WORK/tool.times")
START_MS=$(median "$WORK/version.times")
echo "median of $RUNS interleaved runs:"
echo "  git log (baseline)       ${GIT_MS} ms"
echo "  cncf-contrib check dco   ${TOOL_MS} ms"
echo "  cncf-contrib --version   ${START_MS} ms (start-up alone)"
awk -v t="$TOOL_MS" -v g="$GIT_MS" -v s="$START_MS" 'BEGIN {
    printf "ratio check dco / git log: %.2f (target <= 1.5)\n", t / g
    printf "ratio without start-up ((check dco - --version) / git log): %.2f\n", (t - s) / g
}'
