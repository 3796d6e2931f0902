#!/usr/bin/env bash
# Tab completion as a person meets it: installs each script the way the README says, in bash, zsh and fish
# driven through tmux, types a partial command line, presses TAB and reads the screen.
#
#   src/test/sh/completion.sh          (from anywhere, after `mvn package`; PackageIT runs it)
#
# HOME and the XDG directories are temporary; bin/cncf-contrib is on PATH (or, until the launcher exists, a
# wrapper that runs `java -jar target/cncf-contrib.jar`). Needs tmux, bash-completion, zsh and fish, which .ci/run
# installs; a test never installs anything. Exit 0: every check passed; 77: skipped (tmux, bash-completion or zsh
# missing; without fish only its checks are skipped); anything else: a check failed, with the screen it saw.
set -euo pipefail

root=$(cd "$(dirname "$0")/../../.." && pwd)
jar=$root/target/cncf-contrib.jar
[[ -f $jar ]] || { echo "no $jar: run 'mvn package' first" >&2; exit 1; }

# --- tools ---------------------------------------------------------------------------------------------------------
bash_completion=/usr/share/bash-completion/bash_completion
missing() {
    local wanted=()
    command -v tmux >/dev/null || wanted+=(tmux)
    [[ -f $bash_completion ]] || wanted+=(bash-completion)
    command -v zsh >/dev/null || wanted+=(zsh)
    command -v fish >/dev/null || wanted+=(fish)
    echo "${wanted[@]}"
}
read -r -a wanted <<<"$(missing)"
((${#wanted[@]})) && echo "missing: ${wanted[*]} (.ci/run installs them; on Debian: apt-get install ${wanted[*]})"
for needed in tmux zsh; do
    command -v "$needed" >/dev/null || { echo "SKIP: $needed is not installed"; exit 77; }
done
[[ -f $bash_completion ]] || { echo "SKIP: bash-completion is not installed"; exit 77; }

# --- a private home with the program on PATH -----------------------------------------------------------------------
tmp=$(mktemp -d)
socket="cncf-contrib-completion-$$"
cleanup() {
    tmux -L "$socket" kill-server >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT

home=$tmp/home
mkdir -p "$home" "$tmp/bin" "$home/.config" "$home/.local/share" "$home/.cache" "$home/.local/state"
if [[ -x $root/bin/cncf-contrib ]]; then
    ln -s "$root/bin/cncf-contrib" "$tmp/bin/cncf-contrib"
else
    printf '#!/bin/sh\nexec java -jar %q "$@"\n' "$jar" >"$tmp/bin/cncf-contrib"
    chmod +x "$tmp/bin/cncf-contrib"
fi
java_bin=$(dirname "$(readlink -f "$(command -v java)")")
path="$tmp/bin:$java_bin:/usr/local/bin:/usr/bin:/bin"
environment=(env -i "HOME=$home" "PATH=$path" "TERM=xterm-256color" "LANG=C.UTF-8"
    "XDG_CONFIG_HOME=$home/.config" "XDG_DATA_HOME=$home/.local/share" "XDG_CACHE_HOME=$home/.cache"
    "XDG_STATE_HOME=$home/.local/state")

# --- driving a shell in tmux ------------------------------------------------------------------------------------------
failures=0
shell_name=

start() { # start NAME COMMAND...
    shell_name=$1
    shift
    tmux -L "$socket" -f /dev/null new-session -d -s "$shell_name" -x 200 -y 50 "$@"
    wait_for '^READY\$' 60 || { echo "FAIL $shell_name: no prompt"; screen; exit 1; }
}

stop() {
    tmux -L "$socket" kill-session -t "$shell_name" >/dev/null 2>&1 || true
}

screen() {
    tmux -L "$socket" capture-pane -p -t "$shell_name"
}

keys() {
    tmux -L "$socket" send-keys -t "$shell_name" "$@"
}

wait_for() { # wait_for EXTENDED_REGEX [SECONDS]: until the screen shows it
    local deadline=$((SECONDS + ${2:-10}))
    while ((SECONDS < deadline)); do
        screen | grep -Eq -- "$1" && return 0
        sleep 0.2
    done
    return 1
}

fresh_line() { # an empty screen with nothing but the prompt
    keys C-c # zsh: the first one may only leave a completion menu; C-u then empties the line
    sleep 0.3
    keys C-u
    keys -l clear
    keys Enter
    local deadline=$((SECONDS + 10))
    while ((SECONDS < deadline)); do
        [[ $(screen | grep -v '^[[:space:]]*$' | tr -d '\n' | sed 's/[[:space:]]*$//') == 'READY$' ]] && return 0
        sleep 0.2
    done
    echo "FAIL $shell_name: the screen does not clear"
    screen
    exit 1
}

check() { # check DESCRIPTION TYPED TABS REGEX...: type, press TAB TABS times, expect every REGEX on the screen
    local what=$1 typed=$2 tabs=$3
    shift 3
    fresh_line
    keys -l "$typed"
    local i
    for ((i = 0; i < tabs; i++)); do
        sleep 0.3
        keys Tab
    done
    local regex
    for regex in "$@"; do
        if ! wait_for "$regex" 10; then
            echo "FAIL $shell_name: $what: '$typed' + $tabs TAB: the screen lacks /$regex/:"
            screen | sed 's/^/    | /'
            failures=$((failures + 1))
            return
        fi
    done
    echo "ok   $shell_name: $what"
}

checks() {
    # 'li' is both list and links: TAB TAB offers both, 'lis' completes.
    check "command names offered" "cncf-contrib li" 2 'list' 'links'
    check "command name" "cncf-contrib lis" 1 '^READY\$ cncf-contrib list ?$'
    check "nested command" "cncf-contrib catalog im" 1 '^READY\$ cncf-contrib catalog import ?$'
    check "nested command" "cncf-contrib check d" 1 '^READY\$ cncf-contrib check dco ?$'
    check "option" "cncf-contrib list --matu" 1 '^READY\$ cncf-contrib list --maturity ?$'
    check "option values" "cncf-contrib list --maturity " 2 'graduated' 'incubating' 'sandbox' 'archived'
    # The bundled catalog has kubernetes and kuberhealthy: 'kuber' offers both, 'kubern' completes.
    check "project ids offered" "cncf-contrib show kuber" 2 'kubernetes' 'kuberhealthy'
    check "project id" "cncf-contrib show kubern" 1 '^READY\$ cncf-contrib show kubernetes ?$'
    check "project aliases offered" "cncf-contrib show k8" 2 'k8s' 'k8sgpt'
    check "project alias" "cncf-contrib doctor --project goh" 1 '^READY\$ cncf-contrib doctor --project goharbor ?$'
}

# --- bash: source <(cncf-contrib completion bash) ---------------------------------------------------------------------
cat >"$tmp/bashrc" <<EOF
PS1='READY\$ '
source $bash_completion
source <(cncf-contrib completion bash)
EOF
start bash "${environment[@]}" bash --noprofile --rcfile "$tmp/bashrc" -i
checks
stop

# --- zsh: cncf-contrib completion zsh > "${fpath[1]}/_cncf-contrib" ---------------------------------------------------
mkdir -p "$tmp/zsh" "$home/.zsh/functions"
cat >"$tmp/zsh/.zshrc" <<EOF
fpath=($home/.zsh/functions \$fpath)
autoload -U compinit && compinit -u -d $tmp/zsh/.zcompdump
PROMPT='READY\$ '
EOF
"${environment[@]}" ZDOTDIR="$tmp/zsh" zsh -c 'source $ZDOTDIR/.zshrc; cncf-contrib completion zsh > "${fpath[1]}/_cncf-contrib"'
start zsh "${environment[@]}" "ZDOTDIR=$tmp/zsh" zsh -i
checks
stop

# --- fish: cncf-contrib completion fish > ~/.config/fish/completions/cncf-contrib.fish -------------------------------
if command -v fish >/dev/null; then
    mkdir -p "$home/.config/fish/completions"
    cat >"$home/.config/fish/config.fish" <<'EOF'
set -g fish_greeting ''
set -g fish_autosuggestion_enabled 0
function fish_prompt; echo -n 'READY$ '; end
function fish_right_prompt; end
EOF
    "${environment[@]}" fish -c 'cncf-contrib completion fish > ~/.config/fish/completions/cncf-contrib.fish'
    start fish "${environment[@]}" fish -i
    checks
    stop
else
    echo "SKIP fish: not installed and cannot be installed here"
fi

if ((failures)); then
    echo "$failures completion check(s) failed"
    exit 1
fi
echo "all completion checks passed"
