#!/usr/bin/env bash
# Drives `cncf-contrib shell` in a real terminal (tmux): tab completion, Ctrl-C, and a whole wizard run with arrow
# keys and Enter, ending with the checklist saved in progress.json. Run from anywhere after `mvn package`;
# InteractiveShellIT runs it during `mvn verify`. Exit 0: passed; 1: failed; 77: skipped (no tmux: .ci/run installs
# it; a test never installs anything).
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD

if ! command -v tmux >/dev/null 2>&1; then
    echo "SKIPPED: tmux is not installed (.ci/run installs it; on Debian: apt-get install tmux)"
    exit 77
fi

[ -f "$root/target/cncf-contrib.jar" ] || { echo "FAILED: build first: mvn -q -DskipTests package"; exit 1; }
if [ -x "$root/bin/cncf-contrib" ]; then
    launcher="$root/bin/cncf-contrib"
else
    launcher="java -jar $root/target/cncf-contrib.jar" # the launcher script is not in every checkout yet
fi

work=$(mktemp -d)
socket="cncf-contrib-test-$$"
cleanup() {
    tmux -L "$socket" kill-server >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/home"
printf '[user]\n\tname = Tess Terminal\n\temail = tess@example.org\n' > "$work/home/.gitconfig"
state="$work/home/.local/state/cncf-contrib"

fail() {
    echo "FAILED: $1"
    echo "--- screen ---"
    tmux -L "$socket" capture-pane -p -t test 2>/dev/null || true
    exit 1
}

screen() {
    tmux -L "$socket" capture-pane -p -J -t test
}

# wait_for REGEX [SECONDS]: until the screen matches (the JVM needs a moment to start)
wait_for() {
    local deadline=$((SECONDS + ${2:-30}))
    while [ $SECONDS -lt $deadline ]; do
        if screen | grep -Eq -- "$1"; then
            return 0
        fi
        sleep 0.2
    done
    fail "the screen never showed /$1/"
}

# wait_for_last REGEX: until the last non-empty line matches (Ctrl-C is a signal, handled a moment later)
wait_for_last() {
    local deadline=$((SECONDS + 30))
    while [ $SECONDS -lt $deadline ]; do
        if screen | grep -v '^[[:space:]]*$' | tail -n 1 | grep -Eq -- "$1"; then
            return 0
        fi
        sleep 0.2
    done
    fail "the last line never showed /$1/"
}

keys() {
    tmux -L "$socket" send-keys -t test "$@"
}

tmux -L "$socket" -f /dev/null new-session -d -s test -x 160 -y 50 \
    "env -i PATH='$PATH' HOME='$work/home' TERM=xterm-256color LANG=C.UTF-8 JAVA_HOME='${JAVA_HOME:-}' $launcher shell; echo \"shell exited with \$?\"; sleep 30"

wait_for 'cncf-contrib> $' 60

# 1. command name: 'li' is shared by list and links, so TAB TAB offers both; 'lis' completes
keys 'li' Tab Tab
wait_for 'links'
keys C-c                       # Ctrl-C clears the line
wait_for_last 'cncf-contrib> $'
keys 'lis' Tab
wait_for_last 'cncf-contrib> list $'
keys C-c
wait_for_last 'cncf-contrib> $'
echo "ok: li<TAB><TAB> offers list and links, lis<TAB> completes to list; Ctrl-C clears the line"

# 2. option values after a space
keys 'list --maturity ' Tab Tab
wait_for 'graduated'
screen | grep -q 'incubating' || fail "maturity values not offered"
screen | grep -q 'sandbox' || fail "maturity values not offered"
keys C-c
wait_for_last 'cncf-contrib> $'
echo "ok: list --maturity <TAB><TAB> offers the maturity values"

# 3. project names: in the full catalog 'kub' and 'kuber' are shared (kube-burner, kuberhealthy), 'kubern' is not
keys 'show kubern' Tab
wait_for_last 'cncf-contrib> show kubernetes $'
keys Enter
wait_for 'CNCF CLA, checked by LF EasyCLA'
echo "ok: show kubern<TAB> completes to kubernetes and runs"
keys 'clear' Enter             # not a command: the error is printed and the shell goes on
wait_for "unknown command 'clear'"

# 4. the wizard, with arrow keys and Enter, over a small catalog whose menus do not move when the bundled
#    catalog is regenerated (the full one offers some 27 areas)
wizard_catalog="$root/src/test/resources/fixtures/catalog-wizard.json"
keys "wizard --catalog $wizard_catalog" Enter
wait_for 'Which areas interest you'
keys Down Down                                 # Messaging (1 project): Backup, Container Runtime, Messaging, ...
keys Space Enter
wait_for 'Which programming language would you like to work in'
keys Enter                                     # any, the default
wait_for 'Which maturity do you prefer'
keys Down Down Enter                           # incubating
wait_for 'Can you sign a Contributor License Agreement'
keys Enter                                     # yes, the default
wait_for 'Where do you prefer to chat'
keys Down Enter                                # Slack
wait_for 'Which project do you want to start with'
screen | grep -q 'NATS' || fail "NATS not suggested"
keys 'na'                                      # the list narrows as one types
wait_for 'of 1 matching'
keys Enter
step=1
while true; do
    wait_for "Step $step of [0-9]+"
    total=$(screen | sed -nE "s/.*Step $step of ([0-9]+).*/\1/p" | head -n 1)
    wait_for 'done, skip or later'
    if [ "$step" = 2 ]; then keys Down Down Enter; else keys Enter; fi   # the legal step for later, the rest done
    [ "$step" = "$total" ] && break
    step=$((step + 1))
done
wait_for 'steps done'
tmux -L "$socket" capture-pane -p -J -S -2000 -t test | grep -q 'Which areas interest you.*\[Messaging (1 project)\]' || fail "the answer to the first question was not Messaging"
echo "ok: the wizard ran through $total steps"

# 5. Ctrl-C in a menu cancels the wizard (exit code 130 inside the shell), and the shell goes on
keys C-l                                       # clear the screen, so that only the new prompt can match
keys "wizard --resume --catalog $wizard_catalog" Enter
wait_for 'Step 2 of'
wait_for 'done, skip or later'
keys C-c
wait_for 'error: cancelled; your progress is saved'
wait_for_last 'cncf-contrib> $'
echo "ok: Ctrl-C in a wizard menu cancels it and the shell goes on"

keys 'exit' Enter
wait_for 'shell exited with 0'
echo "ok: exit leaves with 0"

progress="$state/progress.json"
[ -f "$progress" ] || fail "no $progress"
grep -q '"current" : "nats"' "$progress" || fail "progress.json does not name nats: $(cat "$progress")"
grep -A 3 '"id" : "legal"' "$progress" | grep -q '"status" : "later"' || fail "legal step not kept for later: $(cat "$progress")"
done_count=$(grep -c '"status" : "done"' "$progress")
[ "$done_count" = $((total - 1)) ] || fail "expected $((total - 1)) steps done, found $done_count: $(cat "$progress")"
[ -f "$state/history" ] && grep -q 'show kubernetes' "$state/history" || fail "history not saved"
echo "ok: progress.json holds the checklist ($done_count done, legal for later) and the history was saved"
echo "PASSED"
