#!/usr/bin/env bash
# Renders every generated man page with `man -l` as a reader would (80 columns, and 200) and fails on any warning
# from man or groff. Needs man-db and groff, which .ci/run installs; without them it skips.
#
#   src/test/sh/manpages.sh            (after `mvn package`; PackageIT runs it)
#
# Exit 0: every page rendered cleanly; 77: skipped (man-db or groff missing); anything else: a page failed.
set -euo pipefail

root=$(cd "$(dirname "$0")/../../.." && pwd)
pages=$root/target/man/man1
compgen -G "$pages/*.1" >/dev/null || { echo "no man pages in $pages: run 'mvn package' first" >&2; exit 1; }

if ! command -v man >/dev/null || ! command -v groff >/dev/null; then
    echo "SKIP: man-db and groff are not installed (.ci/run installs them; on Debian: apt-get install man-db groff)"
    exit 77
fi

err=$(mktemp)
trap 'rm -f "$err"' EXIT
failures=0
count=0
for page in "$pages"/*.1; do
    name=$(basename "$page" .1)
    for width in 80 200; do
        if ! text=$(MANWIDTH=$width MAN_KEEP_FORMATTING= man --warnings -l "$page" 2>"$err"); then
            echo "FAIL $name (width $width): man exited with an error"
            failures=$((failures + 1))
        elif [[ -s $err ]]; then
            echo "FAIL $name (width $width): warnings:"
            sed 's/^/    | /' "$err"
            failures=$((failures + 1))
        elif ! grep -q '^NAME' <<<"$text" || ! grep -q "^SYNOPSIS" <<<"$text" || ! grep -q "${name%%-*}" <<<"$text"; then
            echo "FAIL $name (width $width): no NAME or SYNOPSIS section"
            failures=$((failures + 1))
        fi
    done
    count=$((count + 1))
done
if ((failures)); then
    echo "$failures rendering(s) of $count page(s) failed"
    exit 1
fi
echo "all $count man pages render without warnings"
