#!/usr/bin/env bash
# bash completion for cncf-contrib, written from its command model by picocli 4.7.7.
#
# Install for this session:  source <(cncf-contrib completion bash)
# and for good:              echo 'source <(cncf-contrib completion bash)' >> ~/.bashrc
#
# An option's value is completed after a space (--maturity <TAB>), not after '=' (--maturity=<TAB>).
#
# References
# ----------
# [1] http://stackoverflow.com/a/12495480/1440785
# [2] http://tiswww.case.edu/php/chet/bash/FAQ
# [3] https://www.gnu.org/software/bash/manual/html_node/The-Shopt-Builtin.html
# [4] http://zsh.sourceforge.net/Doc/Release/Options.html#index-COMPLETE_005fALIASES
# [5] https://stackoverflow.com/questions/17042057/bash-check-element-in-array-for-elements-in-another-array/17042655#17042655
# [6] https://www.gnu.org/software/bash/manual/html_node/Programmable-Completion.html#Programmable-Completion
# [7] https://stackoverflow.com/questions/3249432/can-a-bash-tab-completion-script-be-used-in-zsh/27853970#27853970
#

if [ -n "$BASH_VERSION" ]; then
  # Enable programmable completion facilities when using bash (see [3])
  shopt -s progcomp
elif [ -n "$ZSH_VERSION" ]; then
  # Make alias a distinct command for completion purposes when using zsh (see [4])
  setopt COMPLETE_ALIASES
  alias compopt=complete

  # Enable bash completion in zsh (see [7])
  # Only initialize completions module once to avoid unregistering existing completions.
  if ! type compdef > /dev/null; then
    autoload -U +X compinit && compinit
  fi
  autoload -U +X bashcompinit && bashcompinit
fi

# CompWordsContainsArray takes an array and then checks
# if all elements of this array are in the global COMP_WORDS array.
#
# Returns zero (no error) if all elements of the array are in the COMP_WORDS array,
# otherwise returns 1 (error).
function CompWordsContainsArray() {
  declare -a localArray
  localArray=("$@")
  local findme
  for findme in "${localArray[@]}"; do
    if ElementNotInCompWords "$findme"; then return 1; fi
  done
  return 0
}
function ElementNotInCompWords() {
  local findme="$1"
  local element
  for element in "${COMP_WORDS[@]}"; do
    if [[ "$findme" = "$element" ]]; then return 1; fi
  done
  return 0
}

# The `currentPositionalIndex` function calculates the index of the current positional parameter.
#
# currentPositionalIndex takes three parameters:
# the command name,
# a space-separated string with the names of options that take a parameter, and
# a space-separated string with the names of boolean options (that don't take any params).
# When done, this function echos the current positional index to std_out.
#
# Example usage:
# local currIndex=$(currentPositionalIndex "mysubcommand" "$ARG_OPTS" "$FLAG_OPTS")
function currentPositionalIndex() {
  local commandName="$1"
  local optionsWithArgs="$2"
  local booleanOptions="$3"
  local previousWord
  local result=0

  for i in $(seq $((COMP_CWORD - 1)) -1 0); do
    previousWord=${COMP_WORDS[i]}
    if [ "${previousWord}" = "$commandName" ]; then
      break
    fi
    if [[ "${optionsWithArgs}" =~ ${previousWord} ]]; then
      ((result-=2)) # Arg option and its value not counted as positional param
    elif [[ "${booleanOptions}" =~ ${previousWord} ]]; then
      ((result-=1)) # Flag option itself not counted as positional param
    fi
    ((result++))
  done
  echo "$result"
}

# compReplyArray generates a list of completion suggestions based on an array, ensuring all values are properly escaped.
#
# compReplyArray takes a single parameter: the array of options to be displayed
#
# The output is echoed to std_out, one option per line.
#
# Example usage:
# local options=("foo", "bar", "baz")
# local IFS=$'\n'
# COMPREPLY=($(compReplyArray "${options[@]}"))
function compReplyArray() {
  declare -a options
  options=("$@")
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local i
  local quoted
  local optionList=()

  for (( i=0; i<${#options[@]}; i++ )); do
    # Double escape, since we want escaped values, but compgen -W expands the argument
    printf -v quoted %q "${options[i]}"
    quoted=\'${quoted//\'/\'\\\'\'}\'

    optionList[i]=$quoted
  done

  # We also have to add another round of escaping to $curr_word.
  curr_word=${curr_word//\\/\\\\}
  curr_word=${curr_word//\'/\\\'}

  # Actually generate completions.
  local IFS=$'\n'
  echo -e "$(compgen -W "${optionList[*]}" -- "$curr_word")"
}

# Bash completion entry point function.
# _complete_cncf-contrib finds which commands and subcommands have been specified
# on the command line and delegates to the appropriate function
# to generate possible options and subcommands for the last specified subcommand.
function _complete_cncf-contrib() {
  # Edge case: if command line has no space after subcommand, then don't assume this subcommand is selected (remkop/picocli#1468).
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} list" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} show" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} groups" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} check" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} doctor" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} setup" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} dco" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} links" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} issues" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} catalog" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} shell" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} wizard" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} status" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} plan" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} open" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} completion" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} help" ];    then _picocli_cncf-contrib; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} check dco" ];    then _picocli_cncf-contrib_check; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} check legal" ];    then _picocli_cncf-contrib_check; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} check pr" ];    then _picocli_cncf-contrib_check; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} setup signoff" ];    then _picocli_cncf-contrib_setup; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} catalog info" ];    then _picocli_cncf-contrib_catalog; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} catalog update" ];    then _picocli_cncf-contrib_catalog; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} catalog diff" ];    then _picocli_cncf-contrib_catalog; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} catalog validate" ];    then _picocli_cncf-contrib_catalog; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} catalog import" ];    then _picocli_cncf-contrib_catalog; return $?; fi

  # Find the longest sequence of subcommands and call the bash function for that subcommand.
  local cmds0=(list)
  local cmds1=(show)
  local cmds2=(groups)
  local cmds3=(check)
  local cmds4=(doctor)
  local cmds5=(setup)
  local cmds6=(dco)
  local cmds7=(links)
  local cmds8=(issues)
  local cmds9=(catalog)
  local cmds10=(shell)
  local cmds11=(wizard)
  local cmds12=(status)
  local cmds13=(plan)
  local cmds14=(open)
  local cmds15=(completion)
  local cmds16=(help)
  local cmds17=(check dco)
  local cmds18=(check legal)
  local cmds19=(check pr)
  local cmds20=(setup signoff)
  local cmds21=(catalog info)
  local cmds22=(catalog update)
  local cmds23=(catalog diff)
  local cmds24=(catalog validate)
  local cmds25=(catalog import)

  if CompWordsContainsArray "${cmds25[@]}"; then _picocli_cncf-contrib_catalog_import; return $?; fi
  if CompWordsContainsArray "${cmds24[@]}"; then _picocli_cncf-contrib_catalog_validate; return $?; fi
  if CompWordsContainsArray "${cmds23[@]}"; then _picocli_cncf-contrib_catalog_diff; return $?; fi
  if CompWordsContainsArray "${cmds22[@]}"; then _picocli_cncf-contrib_catalog_update; return $?; fi
  if CompWordsContainsArray "${cmds21[@]}"; then _picocli_cncf-contrib_catalog_info; return $?; fi
  if CompWordsContainsArray "${cmds20[@]}"; then _picocli_cncf-contrib_setup_signoff; return $?; fi
  if CompWordsContainsArray "${cmds19[@]}"; then _picocli_cncf-contrib_check_pr; return $?; fi
  if CompWordsContainsArray "${cmds18[@]}"; then _picocli_cncf-contrib_check_legal; return $?; fi
  if CompWordsContainsArray "${cmds17[@]}"; then _picocli_cncf-contrib_check_dco; return $?; fi
  if CompWordsContainsArray "${cmds16[@]}"; then _picocli_cncf-contrib_help; return $?; fi
  if CompWordsContainsArray "${cmds15[@]}"; then _picocli_cncf-contrib_completion; return $?; fi
  if CompWordsContainsArray "${cmds14[@]}"; then _picocli_cncf-contrib_open; return $?; fi
  if CompWordsContainsArray "${cmds13[@]}"; then _picocli_cncf-contrib_plan; return $?; fi
  if CompWordsContainsArray "${cmds12[@]}"; then _picocli_cncf-contrib_status; return $?; fi
  if CompWordsContainsArray "${cmds11[@]}"; then _picocli_cncf-contrib_wizard; return $?; fi
  if CompWordsContainsArray "${cmds10[@]}"; then _picocli_cncf-contrib_shell; return $?; fi
  if CompWordsContainsArray "${cmds9[@]}"; then _picocli_cncf-contrib_catalog; return $?; fi
  if CompWordsContainsArray "${cmds8[@]}"; then _picocli_cncf-contrib_issues; return $?; fi
  if CompWordsContainsArray "${cmds7[@]}"; then _picocli_cncf-contrib_links; return $?; fi
  if CompWordsContainsArray "${cmds6[@]}"; then _picocli_cncf-contrib_dco; return $?; fi
  if CompWordsContainsArray "${cmds5[@]}"; then _picocli_cncf-contrib_setup; return $?; fi
  if CompWordsContainsArray "${cmds4[@]}"; then _picocli_cncf-contrib_doctor; return $?; fi
  if CompWordsContainsArray "${cmds3[@]}"; then _picocli_cncf-contrib_check; return $?; fi
  if CompWordsContainsArray "${cmds2[@]}"; then _picocli_cncf-contrib_groups; return $?; fi
  if CompWordsContainsArray "${cmds1[@]}"; then _picocli_cncf-contrib_show; return $?; fi
  if CompWordsContainsArray "${cmds0[@]}"; then _picocli_cncf-contrib_list; return $?; fi

  # No subcommands were specified; generate completions for the top-level command.
  _picocli_cncf-contrib; return $?;
}

# Generates completions for the options and subcommands of the `cncf-contrib` command.
function _picocli_cncf-contrib() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands="list show groups check doctor setup dco links issues catalog shell wizard status plan open completion help"
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `list` subcommand.
function _picocli_cncf-contrib_list() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'-m' '--maturity' '-f' '--focus' '-l' '--legal' '-c' '--chat' '-q' '--query' '-o' '--output' '--catalog'"
  local LEVEL_option_args=("graduated" "incubating" "sandbox" "archived") # --maturity values
  local KIND_option_args=("dco" "cla" "cncf-cla" "other-cla" "dco-and-cla" "none" "unknown") # --legal values
  local PLATFORM_option_args=("slack" "irc" "matrix" "discord" "gitter" "zulip" "github-discussions" "wechat" "dingtalk" "telegram" "other") # --chat values
  local FORMAT_option_args=("table" "json" "csv" "markdown") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-m'|'--maturity')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${LEVEL_option_args[@]}" ) )
      return $?
      ;;
    '-f'|'--focus')
      return
      ;;
    '-l'|'--legal')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${KIND_option_args[@]}" ) )
      return $?
      ;;
    '-c'|'--chat')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${PLATFORM_option_args[@]}" ) )
      return $?
      ;;
    '-q'|'--query')
      return
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${FORMAT_option_args[@]}" ) )
      return $?
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `show` subcommand.
function _picocli_cncf-contrib_show() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--sources' '--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'-o' '--output' '--catalog'"
  local FORMAT_option_args=("text" "json" "markdown") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${FORMAT_option_args[@]}" ) )
      return $?
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac
  local PROJECT_pos_param_args=("aeraki-mesh" "agones" "akri" "antrea" "apicurio-registry" "argo" "argocd" "armada" "artifact-hub" "athenz" "atlantis" "backstage" "bank-vaults" "bfe" "bootc" "bpfman" "brigade" "buildpacks" "cadence-workflow" "capsule" "carina" "cartography" "carvel" "cdk-for-kubernetes-cdk8s" "cedar" "cert-manager" "chaos-mesh" "chaosblade" "cilium" "cloud-custodian" "cloudevents" "cloudnativepg" "clusternet" "clusterpedia" "cni" "cni-genie" "cohdi" "composefs" "confidential-containers" "connect-rpc" "container2wasm" "containerd" "containerssh" "contour" "copa" "coredns" "cortex" "cozystack" "cri-o" "crossplane" "cubefs" "curiefense" "curve" "curvine" "dalec" "dapr" "devfile" "devspace" "devstream" "dex" "distribution" "dragonfly" "drasi" "easegress" "emissary-ingress" "envoy" "envoyproxy" "eraser" "etcd" "external-secrets" "fabedge" "falco" "flatcar-container-linux" "fluentd" "fluid" "flux" "fluxcd" "fonio" "grpc" "hami" "harbor" "goharbor" "headlamp" "helm" "hexa" "higress" "holmesgpt" "hwameistor" "hyperlight" "in-toto" "inclavare-containers" "inspektor-gadget" "interlink" "istio" "jaeger" "jaegertracing" "k0s" "k3s" "k8gb" "k8sgpt" "k8up" "kagent" "kai-scheduler" "kairos" "kaito" "kanister" "karmada" "kbind" "kcl" "kcp" "keda" "kepler" "keptn" "keycloak" "keylime" "kgateway" "kitops" "kmesh" "knative" "ko" "konveyor" "koordinator" "kpt" "krator" "krkn" "krustlet" "kserve" "kuadrant" "kuasar" "kube-burner" "kube-ovn" "kube-rs" "kube-vip" "kubean" "kubearmor" "kubeclipper" "kubedl" "kubeedge" "kubeelasti" "kubefleet" "kubeflow" "kuberhealthy" "kubernetes" "k8s" "kube" "kubescape" "kubeslice" "kubestellar" "kubevela" "kubevirt" "kubewarden" "kudo" "kuma" "kured" "kusionstack" "kyverno" "lima" "linkerd" "linkerd2" "litmus" "llm-d" "logging-operator-kube-logging" "longhorn" "loxilb" "merbridge" "meshery" "metal3-io" "metallb" "microcks" "modelpack" "nats" "nats.io" "network-service-mesh" "nmstate" "nocalhost" "notary-project" "notary" "notation" "oauth2-proxy" "open-cluster-management" "open-policy-agent" "opa" "open-policy-containers" "open-service-mesh" "openchoreo" "opencost" "openebs" "openelb" "openeverest" "openfeature" "openfga" "openfunction" "opengemini" "opengitops" "gitops" "gitops-wg" "openkruise" "openmetrics" "opentelemetry" "otel" "opentofu" "opentracing" "openyurt" "operator-framework" "oras" "oscal-compass" "ovn-kubernetes" "oxia" "paralus" "parsec" "perses" "pipecd" "piraeus-datastore" "pixie" "podman-container-tools" "podman-desktop" "porter" "pravega" "prometheus" "prom" "radius" "ratify" "rkt" "rook" "runme-notebooks" "schemahero" "score" "sealer" "sermant" "serverless-devs" "serverless-workflow" "service-mesh-interface-smi" "service-mesh-performance" "shipwright" "skooner" "slimfaas" "slimtoolkit" "sops" "spiderpool" "spiffe" "spin" "spinkube" "spire" "stacker" "strimzi" "submariner" "superedge" "tekton" "telepresence" "teller" "thanos" "tikv" "tinkerbell" "tokenetes" "tremor" "trickster" "tuf" "urunc" "velero" "vineyard" "virtual-kubelet" "visual-studio-code-kubernetes-tools" "vitess" "volcano" "wasmcloud" "wasmedge-runtime" "werf" "xline" "xregistry" "youki" "zot") # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "show" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${PROJECT_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `groups` subcommand.
function _picocli_cncf-contrib_groups() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--active' '--sources' '--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'-k' '--kind' '-o' '--output' '--catalog'"
  local KIND_option_args=("toc" "tag" "toc-subproject" "tcg" "working-group" "program" "mentoring" "community" "organization") # --kind values
  local FORMAT_option_args=("table" "json" "csv" "markdown") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-k'|'--kind')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${KIND_option_args[@]}" ) )
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${FORMAT_option_args[@]}" ) )
      return $?
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac
  local NAME_pos_param_args=("toc" "toc-contributors" "tag-developer-experience" "tag-infrastructure" "tag-operational-resilience" "tag-security-and-compliance" "tag-workloads-foundation" "toc-contributor-strategy" "toc-mentoring" "toc-project-reviews" "tag-app-delivery" "tcg-platform-engineering" "cnpe" "tcg-environmental-sustainability" "tcg-artificial-intelligence" "tcg-software-supply-chain-security" "wg-platforms" "wg-gitops" "ambassadors" "meetups" "cncg" "gsoc" "lfx-mentorship" "communitybridge" "outreachy" "openssf" "cloud-native-norway") # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "groups" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NAME_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `check` subcommand.
function _picocli_cncf-contrib_check() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands="dco legal pr"
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `doctor` subcommand.
function _picocli_cncf-contrib_doctor() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'-p' '--project' '--repo' '-o' '--output' '--catalog'"
  local PROJECT_option_args=("aeraki-mesh" "agones" "akri" "antrea" "apicurio-registry" "argo" "argocd" "armada" "artifact-hub" "athenz" "atlantis" "backstage" "bank-vaults" "bfe" "bootc" "bpfman" "brigade" "buildpacks" "cadence-workflow" "capsule" "carina" "cartography" "carvel" "cdk-for-kubernetes-cdk8s" "cedar" "cert-manager" "chaos-mesh" "chaosblade" "cilium" "cloud-custodian" "cloudevents" "cloudnativepg" "clusternet" "clusterpedia" "cni" "cni-genie" "cohdi" "composefs" "confidential-containers" "connect-rpc" "container2wasm" "containerd" "containerssh" "contour" "copa" "coredns" "cortex" "cozystack" "cri-o" "crossplane" "cubefs" "curiefense" "curve" "curvine" "dalec" "dapr" "devfile" "devspace" "devstream" "dex" "distribution" "dragonfly" "drasi" "easegress" "emissary-ingress" "envoy" "envoyproxy" "eraser" "etcd" "external-secrets" "fabedge" "falco" "flatcar-container-linux" "fluentd" "fluid" "flux" "fluxcd" "fonio" "grpc" "hami" "harbor" "goharbor" "headlamp" "helm" "hexa" "higress" "holmesgpt" "hwameistor" "hyperlight" "in-toto" "inclavare-containers" "inspektor-gadget" "interlink" "istio" "jaeger" "jaegertracing" "k0s" "k3s" "k8gb" "k8sgpt" "k8up" "kagent" "kai-scheduler" "kairos" "kaito" "kanister" "karmada" "kbind" "kcl" "kcp" "keda" "kepler" "keptn" "keycloak" "keylime" "kgateway" "kitops" "kmesh" "knative" "ko" "konveyor" "koordinator" "kpt" "krator" "krkn" "krustlet" "kserve" "kuadrant" "kuasar" "kube-burner" "kube-ovn" "kube-rs" "kube-vip" "kubean" "kubearmor" "kubeclipper" "kubedl" "kubeedge" "kubeelasti" "kubefleet" "kubeflow" "kuberhealthy" "kubernetes" "k8s" "kube" "kubescape" "kubeslice" "kubestellar" "kubevela" "kubevirt" "kubewarden" "kudo" "kuma" "kured" "kusionstack" "kyverno" "lima" "linkerd" "linkerd2" "litmus" "llm-d" "logging-operator-kube-logging" "longhorn" "loxilb" "merbridge" "meshery" "metal3-io" "metallb" "microcks" "modelpack" "nats" "nats.io" "network-service-mesh" "nmstate" "nocalhost" "notary-project" "notary" "notation" "oauth2-proxy" "open-cluster-management" "open-policy-agent" "opa" "open-policy-containers" "open-service-mesh" "openchoreo" "opencost" "openebs" "openelb" "openeverest" "openfeature" "openfga" "openfunction" "opengemini" "opengitops" "gitops" "gitops-wg" "openkruise" "openmetrics" "opentelemetry" "otel" "opentofu" "opentracing" "openyurt" "operator-framework" "oras" "oscal-compass" "ovn-kubernetes" "oxia" "paralus" "parsec" "perses" "pipecd" "piraeus-datastore" "pixie" "podman-container-tools" "podman-desktop" "porter" "pravega" "prometheus" "prom" "radius" "ratify" "rkt" "rook" "runme-notebooks" "schemahero" "score" "sealer" "sermant" "serverless-devs" "serverless-workflow" "service-mesh-interface-smi" "service-mesh-performance" "shipwright" "skooner" "slimfaas" "slimtoolkit" "sops" "spiderpool" "spiffe" "spin" "spinkube" "spire" "stacker" "strimzi" "submariner" "superedge" "tekton" "telepresence" "teller" "thanos" "tikv" "tinkerbell" "tokenetes" "tremor" "trickster" "tuf" "urunc" "velero" "vineyard" "virtual-kubelet" "visual-studio-code-kubernetes-tools" "vitess" "volcano" "wasmcloud" "wasmedge-runtime" "werf" "xline" "xregistry" "youki" "zot") # --project values
  local FORMAT_option_args=("text" "json") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-p'|'--project')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${PROJECT_option_args[@]}" ) )
      return $?
      ;;
    '--repo')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${FORMAT_option_args[@]}" ) )
      return $?
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `setup` subcommand.
function _picocli_cncf-contrib_setup() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands="signoff"
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `dco` subcommand.
function _picocli_cncf-contrib_dco() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--text-only' '--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `links` subcommand.
function _picocli_cncf-contrib_links() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'-p' '--project' '-k' '--kind' '-j' '--concurrency' '--per-host' '-t' '--timeout' '--deadline' '-o' '--output' '--catalog'"
  local PROJECT_option_args=("aeraki-mesh" "agones" "akri" "antrea" "apicurio-registry" "argo" "argocd" "armada" "artifact-hub" "athenz" "atlantis" "backstage" "bank-vaults" "bfe" "bootc" "bpfman" "brigade" "buildpacks" "cadence-workflow" "capsule" "carina" "cartography" "carvel" "cdk-for-kubernetes-cdk8s" "cedar" "cert-manager" "chaos-mesh" "chaosblade" "cilium" "cloud-custodian" "cloudevents" "cloudnativepg" "clusternet" "clusterpedia" "cni" "cni-genie" "cohdi" "composefs" "confidential-containers" "connect-rpc" "container2wasm" "containerd" "containerssh" "contour" "copa" "coredns" "cortex" "cozystack" "cri-o" "crossplane" "cubefs" "curiefense" "curve" "curvine" "dalec" "dapr" "devfile" "devspace" "devstream" "dex" "distribution" "dragonfly" "drasi" "easegress" "emissary-ingress" "envoy" "envoyproxy" "eraser" "etcd" "external-secrets" "fabedge" "falco" "flatcar-container-linux" "fluentd" "fluid" "flux" "fluxcd" "fonio" "grpc" "hami" "harbor" "goharbor" "headlamp" "helm" "hexa" "higress" "holmesgpt" "hwameistor" "hyperlight" "in-toto" "inclavare-containers" "inspektor-gadget" "interlink" "istio" "jaeger" "jaegertracing" "k0s" "k3s" "k8gb" "k8sgpt" "k8up" "kagent" "kai-scheduler" "kairos" "kaito" "kanister" "karmada" "kbind" "kcl" "kcp" "keda" "kepler" "keptn" "keycloak" "keylime" "kgateway" "kitops" "kmesh" "knative" "ko" "konveyor" "koordinator" "kpt" "krator" "krkn" "krustlet" "kserve" "kuadrant" "kuasar" "kube-burner" "kube-ovn" "kube-rs" "kube-vip" "kubean" "kubearmor" "kubeclipper" "kubedl" "kubeedge" "kubeelasti" "kubefleet" "kubeflow" "kuberhealthy" "kubernetes" "k8s" "kube" "kubescape" "kubeslice" "kubestellar" "kubevela" "kubevirt" "kubewarden" "kudo" "kuma" "kured" "kusionstack" "kyverno" "lima" "linkerd" "linkerd2" "litmus" "llm-d" "logging-operator-kube-logging" "longhorn" "loxilb" "merbridge" "meshery" "metal3-io" "metallb" "microcks" "modelpack" "nats" "nats.io" "network-service-mesh" "nmstate" "nocalhost" "notary-project" "notary" "notation" "oauth2-proxy" "open-cluster-management" "open-policy-agent" "opa" "open-policy-containers" "open-service-mesh" "openchoreo" "opencost" "openebs" "openelb" "openeverest" "openfeature" "openfga" "openfunction" "opengemini" "opengitops" "gitops" "gitops-wg" "openkruise" "openmetrics" "opentelemetry" "otel" "opentofu" "opentracing" "openyurt" "operator-framework" "oras" "oscal-compass" "ovn-kubernetes" "oxia" "paralus" "parsec" "perses" "pipecd" "piraeus-datastore" "pixie" "podman-container-tools" "podman-desktop" "porter" "pravega" "prometheus" "prom" "radius" "ratify" "rkt" "rook" "runme-notebooks" "schemahero" "score" "sealer" "sermant" "serverless-devs" "serverless-workflow" "service-mesh-interface-smi" "service-mesh-performance" "shipwright" "skooner" "slimfaas" "slimtoolkit" "sops" "spiderpool" "spiffe" "spin" "spinkube" "spire" "stacker" "strimzi" "submariner" "superedge" "tekton" "telepresence" "teller" "thanos" "tikv" "tinkerbell" "tokenetes" "tremor" "trickster" "tuf" "urunc" "velero" "vineyard" "virtual-kubelet" "visual-studio-code-kubernetes-tools" "vitess" "volcano" "wasmcloud" "wasmedge-runtime" "werf" "xline" "xregistry" "youki" "zot") # --project values
  local KIND_option_args=("guide" "repo" "chat" "list" "all") # --kind values
  local FORMAT_option_args=("text" "json" "markdown") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-p'|'--project')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${PROJECT_option_args[@]}" ) )
      return $?
      ;;
    '-k'|'--kind')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${KIND_option_args[@]}" ) )
      return $?
      ;;
    '-j'|'--concurrency')
      return
      ;;
    '--per-host')
      return
      ;;
    '-t'|'--timeout')
      return
      ;;
    '--deadline')
      return
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${FORMAT_option_args[@]}" ) )
      return $?
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `issues` subcommand.
function _picocli_cncf-contrib_issues() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-g' '--good-first' '-m' '--mentor' '--refresh' '--offline' '--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'-l' '--language' '-a' '--area' '-n' '--limit' '-s' '--source' '-o' '--output' '--open' '--catalog'"
  local AREA_option_args=("docs") # --area values
  local SOURCE_option_args=("auto" "clotributor" "github") # --source values
  local FORMAT_option_args=("table" "json" "markdown") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-l'|'--language')
      return
      ;;
    '-a'|'--area')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${AREA_option_args[@]}" ) )
      return $?
      ;;
    '-n'|'--limit')
      return
      ;;
    '-s'|'--source')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${SOURCE_option_args[@]}" ) )
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${FORMAT_option_args[@]}" ) )
      return $?
      ;;
    '--open')
      return
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac
  local PROJECT_pos_param_args=("aeraki-mesh" "agones" "akri" "antrea" "apicurio-registry" "argo" "argocd" "armada" "artifact-hub" "athenz" "atlantis" "backstage" "bank-vaults" "bfe" "bootc" "bpfman" "brigade" "buildpacks" "cadence-workflow" "capsule" "carina" "cartography" "carvel" "cdk-for-kubernetes-cdk8s" "cedar" "cert-manager" "chaos-mesh" "chaosblade" "cilium" "cloud-custodian" "cloudevents" "cloudnativepg" "clusternet" "clusterpedia" "cni" "cni-genie" "cohdi" "composefs" "confidential-containers" "connect-rpc" "container2wasm" "containerd" "containerssh" "contour" "copa" "coredns" "cortex" "cozystack" "cri-o" "crossplane" "cubefs" "curiefense" "curve" "curvine" "dalec" "dapr" "devfile" "devspace" "devstream" "dex" "distribution" "dragonfly" "drasi" "easegress" "emissary-ingress" "envoy" "envoyproxy" "eraser" "etcd" "external-secrets" "fabedge" "falco" "flatcar-container-linux" "fluentd" "fluid" "flux" "fluxcd" "fonio" "grpc" "hami" "harbor" "goharbor" "headlamp" "helm" "hexa" "higress" "holmesgpt" "hwameistor" "hyperlight" "in-toto" "inclavare-containers" "inspektor-gadget" "interlink" "istio" "jaeger" "jaegertracing" "k0s" "k3s" "k8gb" "k8sgpt" "k8up" "kagent" "kai-scheduler" "kairos" "kaito" "kanister" "karmada" "kbind" "kcl" "kcp" "keda" "kepler" "keptn" "keycloak" "keylime" "kgateway" "kitops" "kmesh" "knative" "ko" "konveyor" "koordinator" "kpt" "krator" "krkn" "krustlet" "kserve" "kuadrant" "kuasar" "kube-burner" "kube-ovn" "kube-rs" "kube-vip" "kubean" "kubearmor" "kubeclipper" "kubedl" "kubeedge" "kubeelasti" "kubefleet" "kubeflow" "kuberhealthy" "kubernetes" "k8s" "kube" "kubescape" "kubeslice" "kubestellar" "kubevela" "kubevirt" "kubewarden" "kudo" "kuma" "kured" "kusionstack" "kyverno" "lima" "linkerd" "linkerd2" "litmus" "llm-d" "logging-operator-kube-logging" "longhorn" "loxilb" "merbridge" "meshery" "metal3-io" "metallb" "microcks" "modelpack" "nats" "nats.io" "network-service-mesh" "nmstate" "nocalhost" "notary-project" "notary" "notation" "oauth2-proxy" "open-cluster-management" "open-policy-agent" "opa" "open-policy-containers" "open-service-mesh" "openchoreo" "opencost" "openebs" "openelb" "openeverest" "openfeature" "openfga" "openfunction" "opengemini" "opengitops" "gitops" "gitops-wg" "openkruise" "openmetrics" "opentelemetry" "otel" "opentofu" "opentracing" "openyurt" "operator-framework" "oras" "oscal-compass" "ovn-kubernetes" "oxia" "paralus" "parsec" "perses" "pipecd" "piraeus-datastore" "pixie" "podman-container-tools" "podman-desktop" "porter" "pravega" "prometheus" "prom" "radius" "ratify" "rkt" "rook" "runme-notebooks" "schemahero" "score" "sealer" "sermant" "serverless-devs" "serverless-workflow" "service-mesh-interface-smi" "service-mesh-performance" "shipwright" "skooner" "slimfaas" "slimtoolkit" "sops" "spiderpool" "spiffe" "spin" "spinkube" "spire" "stacker" "strimzi" "submariner" "superedge" "tekton" "telepresence" "teller" "thanos" "tikv" "tinkerbell" "tokenetes" "tremor" "trickster" "tuf" "urunc" "velero" "vineyard" "virtual-kubelet" "visual-studio-code-kubernetes-tools" "vitess" "volcano" "wasmcloud" "wasmedge-runtime" "werf" "xline" "xregistry" "youki" "zot") # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "issues" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${PROJECT_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `catalog` subcommand.
function _picocli_cncf-contrib_catalog() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands="info update diff validate import"
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `shell` subcommand.
function _picocli_cncf-contrib_shell() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `wizard` subcommand.
function _picocli_cncf-contrib_wizard() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--resume' '-y' '--yes' '--accessible' '--offline' '--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'-p' '--project' '--catalog'"
  local PROJECT_option_args=("aeraki-mesh" "agones" "akri" "antrea" "apicurio-registry" "argo" "argocd" "armada" "artifact-hub" "athenz" "atlantis" "backstage" "bank-vaults" "bfe" "bootc" "bpfman" "brigade" "buildpacks" "cadence-workflow" "capsule" "carina" "cartography" "carvel" "cdk-for-kubernetes-cdk8s" "cedar" "cert-manager" "chaos-mesh" "chaosblade" "cilium" "cloud-custodian" "cloudevents" "cloudnativepg" "clusternet" "clusterpedia" "cni" "cni-genie" "cohdi" "composefs" "confidential-containers" "connect-rpc" "container2wasm" "containerd" "containerssh" "contour" "copa" "coredns" "cortex" "cozystack" "cri-o" "crossplane" "cubefs" "curiefense" "curve" "curvine" "dalec" "dapr" "devfile" "devspace" "devstream" "dex" "distribution" "dragonfly" "drasi" "easegress" "emissary-ingress" "envoy" "envoyproxy" "eraser" "etcd" "external-secrets" "fabedge" "falco" "flatcar-container-linux" "fluentd" "fluid" "flux" "fluxcd" "fonio" "grpc" "hami" "harbor" "goharbor" "headlamp" "helm" "hexa" "higress" "holmesgpt" "hwameistor" "hyperlight" "in-toto" "inclavare-containers" "inspektor-gadget" "interlink" "istio" "jaeger" "jaegertracing" "k0s" "k3s" "k8gb" "k8sgpt" "k8up" "kagent" "kai-scheduler" "kairos" "kaito" "kanister" "karmada" "kbind" "kcl" "kcp" "keda" "kepler" "keptn" "keycloak" "keylime" "kgateway" "kitops" "kmesh" "knative" "ko" "konveyor" "koordinator" "kpt" "krator" "krkn" "krustlet" "kserve" "kuadrant" "kuasar" "kube-burner" "kube-ovn" "kube-rs" "kube-vip" "kubean" "kubearmor" "kubeclipper" "kubedl" "kubeedge" "kubeelasti" "kubefleet" "kubeflow" "kuberhealthy" "kubernetes" "k8s" "kube" "kubescape" "kubeslice" "kubestellar" "kubevela" "kubevirt" "kubewarden" "kudo" "kuma" "kured" "kusionstack" "kyverno" "lima" "linkerd" "linkerd2" "litmus" "llm-d" "logging-operator-kube-logging" "longhorn" "loxilb" "merbridge" "meshery" "metal3-io" "metallb" "microcks" "modelpack" "nats" "nats.io" "network-service-mesh" "nmstate" "nocalhost" "notary-project" "notary" "notation" "oauth2-proxy" "open-cluster-management" "open-policy-agent" "opa" "open-policy-containers" "open-service-mesh" "openchoreo" "opencost" "openebs" "openelb" "openeverest" "openfeature" "openfga" "openfunction" "opengemini" "opengitops" "gitops" "gitops-wg" "openkruise" "openmetrics" "opentelemetry" "otel" "opentofu" "opentracing" "openyurt" "operator-framework" "oras" "oscal-compass" "ovn-kubernetes" "oxia" "paralus" "parsec" "perses" "pipecd" "piraeus-datastore" "pixie" "podman-container-tools" "podman-desktop" "porter" "pravega" "prometheus" "prom" "radius" "ratify" "rkt" "rook" "runme-notebooks" "schemahero" "score" "sealer" "sermant" "serverless-devs" "serverless-workflow" "service-mesh-interface-smi" "service-mesh-performance" "shipwright" "skooner" "slimfaas" "slimtoolkit" "sops" "spiderpool" "spiffe" "spin" "spinkube" "spire" "stacker" "strimzi" "submariner" "superedge" "tekton" "telepresence" "teller" "thanos" "tikv" "tinkerbell" "tokenetes" "tremor" "trickster" "tuf" "urunc" "velero" "vineyard" "virtual-kubelet" "visual-studio-code-kubernetes-tools" "vitess" "volcano" "wasmcloud" "wasmedge-runtime" "werf" "xline" "xregistry" "youki" "zot") # --project values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-p'|'--project')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${PROJECT_option_args[@]}" ) )
      return $?
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `status` subcommand.
function _picocli_cncf-contrib_status() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--issue' '--pr' '--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--issue')
      return
      ;;
    '--pr')
      return
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `plan` subcommand.
function _picocli_cncf-contrib_plan() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'-o' '--output' '--output-file' '--issue' '--pr' '--catalog'"
  local FORMAT_option_args=("text" "markdown") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${FORMAT_option_args[@]}" ) )
      return $?
      ;;
    '--output-file')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '--issue')
      return
      ;;
    '--pr')
      return
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac
  local PROJECT_pos_param_args=("aeraki-mesh" "agones" "akri" "antrea" "apicurio-registry" "argo" "argocd" "armada" "artifact-hub" "athenz" "atlantis" "backstage" "bank-vaults" "bfe" "bootc" "bpfman" "brigade" "buildpacks" "cadence-workflow" "capsule" "carina" "cartography" "carvel" "cdk-for-kubernetes-cdk8s" "cedar" "cert-manager" "chaos-mesh" "chaosblade" "cilium" "cloud-custodian" "cloudevents" "cloudnativepg" "clusternet" "clusterpedia" "cni" "cni-genie" "cohdi" "composefs" "confidential-containers" "connect-rpc" "container2wasm" "containerd" "containerssh" "contour" "copa" "coredns" "cortex" "cozystack" "cri-o" "crossplane" "cubefs" "curiefense" "curve" "curvine" "dalec" "dapr" "devfile" "devspace" "devstream" "dex" "distribution" "dragonfly" "drasi" "easegress" "emissary-ingress" "envoy" "envoyproxy" "eraser" "etcd" "external-secrets" "fabedge" "falco" "flatcar-container-linux" "fluentd" "fluid" "flux" "fluxcd" "fonio" "grpc" "hami" "harbor" "goharbor" "headlamp" "helm" "hexa" "higress" "holmesgpt" "hwameistor" "hyperlight" "in-toto" "inclavare-containers" "inspektor-gadget" "interlink" "istio" "jaeger" "jaegertracing" "k0s" "k3s" "k8gb" "k8sgpt" "k8up" "kagent" "kai-scheduler" "kairos" "kaito" "kanister" "karmada" "kbind" "kcl" "kcp" "keda" "kepler" "keptn" "keycloak" "keylime" "kgateway" "kitops" "kmesh" "knative" "ko" "konveyor" "koordinator" "kpt" "krator" "krkn" "krustlet" "kserve" "kuadrant" "kuasar" "kube-burner" "kube-ovn" "kube-rs" "kube-vip" "kubean" "kubearmor" "kubeclipper" "kubedl" "kubeedge" "kubeelasti" "kubefleet" "kubeflow" "kuberhealthy" "kubernetes" "k8s" "kube" "kubescape" "kubeslice" "kubestellar" "kubevela" "kubevirt" "kubewarden" "kudo" "kuma" "kured" "kusionstack" "kyverno" "lima" "linkerd" "linkerd2" "litmus" "llm-d" "logging-operator-kube-logging" "longhorn" "loxilb" "merbridge" "meshery" "metal3-io" "metallb" "microcks" "modelpack" "nats" "nats.io" "network-service-mesh" "nmstate" "nocalhost" "notary-project" "notary" "notation" "oauth2-proxy" "open-cluster-management" "open-policy-agent" "opa" "open-policy-containers" "open-service-mesh" "openchoreo" "opencost" "openebs" "openelb" "openeverest" "openfeature" "openfga" "openfunction" "opengemini" "opengitops" "gitops" "gitops-wg" "openkruise" "openmetrics" "opentelemetry" "otel" "opentofu" "opentracing" "openyurt" "operator-framework" "oras" "oscal-compass" "ovn-kubernetes" "oxia" "paralus" "parsec" "perses" "pipecd" "piraeus-datastore" "pixie" "podman-container-tools" "podman-desktop" "porter" "pravega" "prometheus" "prom" "radius" "ratify" "rkt" "rook" "runme-notebooks" "schemahero" "score" "sealer" "sermant" "serverless-devs" "serverless-workflow" "service-mesh-interface-smi" "service-mesh-performance" "shipwright" "skooner" "slimfaas" "slimtoolkit" "sops" "spiderpool" "spiffe" "spin" "spinkube" "spire" "stacker" "strimzi" "submariner" "superedge" "tekton" "telepresence" "teller" "thanos" "tikv" "tinkerbell" "tokenetes" "tremor" "trickster" "tuf" "urunc" "velero" "vineyard" "virtual-kubelet" "visual-studio-code-kubernetes-tools" "vitess" "volcano" "wasmcloud" "wasmedge-runtime" "werf" "xline" "xregistry" "youki" "zot") # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "plan" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${PROJECT_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `open` subcommand.
function _picocli_cncf-contrib_open() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac
  local PROJECT_pos_param_args=("aeraki-mesh" "agones" "akri" "antrea" "apicurio-registry" "argo" "argocd" "armada" "artifact-hub" "athenz" "atlantis" "backstage" "bank-vaults" "bfe" "bootc" "bpfman" "brigade" "buildpacks" "cadence-workflow" "capsule" "carina" "cartography" "carvel" "cdk-for-kubernetes-cdk8s" "cedar" "cert-manager" "chaos-mesh" "chaosblade" "cilium" "cloud-custodian" "cloudevents" "cloudnativepg" "clusternet" "clusterpedia" "cni" "cni-genie" "cohdi" "composefs" "confidential-containers" "connect-rpc" "container2wasm" "containerd" "containerssh" "contour" "copa" "coredns" "cortex" "cozystack" "cri-o" "crossplane" "cubefs" "curiefense" "curve" "curvine" "dalec" "dapr" "devfile" "devspace" "devstream" "dex" "distribution" "dragonfly" "drasi" "easegress" "emissary-ingress" "envoy" "envoyproxy" "eraser" "etcd" "external-secrets" "fabedge" "falco" "flatcar-container-linux" "fluentd" "fluid" "flux" "fluxcd" "fonio" "grpc" "hami" "harbor" "goharbor" "headlamp" "helm" "hexa" "higress" "holmesgpt" "hwameistor" "hyperlight" "in-toto" "inclavare-containers" "inspektor-gadget" "interlink" "istio" "jaeger" "jaegertracing" "k0s" "k3s" "k8gb" "k8sgpt" "k8up" "kagent" "kai-scheduler" "kairos" "kaito" "kanister" "karmada" "kbind" "kcl" "kcp" "keda" "kepler" "keptn" "keycloak" "keylime" "kgateway" "kitops" "kmesh" "knative" "ko" "konveyor" "koordinator" "kpt" "krator" "krkn" "krustlet" "kserve" "kuadrant" "kuasar" "kube-burner" "kube-ovn" "kube-rs" "kube-vip" "kubean" "kubearmor" "kubeclipper" "kubedl" "kubeedge" "kubeelasti" "kubefleet" "kubeflow" "kuberhealthy" "kubernetes" "k8s" "kube" "kubescape" "kubeslice" "kubestellar" "kubevela" "kubevirt" "kubewarden" "kudo" "kuma" "kured" "kusionstack" "kyverno" "lima" "linkerd" "linkerd2" "litmus" "llm-d" "logging-operator-kube-logging" "longhorn" "loxilb" "merbridge" "meshery" "metal3-io" "metallb" "microcks" "modelpack" "nats" "nats.io" "network-service-mesh" "nmstate" "nocalhost" "notary-project" "notary" "notation" "oauth2-proxy" "open-cluster-management" "open-policy-agent" "opa" "open-policy-containers" "open-service-mesh" "openchoreo" "opencost" "openebs" "openelb" "openeverest" "openfeature" "openfga" "openfunction" "opengemini" "opengitops" "gitops" "gitops-wg" "openkruise" "openmetrics" "opentelemetry" "otel" "opentofu" "opentracing" "openyurt" "operator-framework" "oras" "oscal-compass" "ovn-kubernetes" "oxia" "paralus" "parsec" "perses" "pipecd" "piraeus-datastore" "pixie" "podman-container-tools" "podman-desktop" "porter" "pravega" "prometheus" "prom" "radius" "ratify" "rkt" "rook" "runme-notebooks" "schemahero" "score" "sealer" "sermant" "serverless-devs" "serverless-workflow" "service-mesh-interface-smi" "service-mesh-performance" "shipwright" "skooner" "slimfaas" "slimtoolkit" "sops" "spiderpool" "spiffe" "spin" "spinkube" "spire" "stacker" "strimzi" "submariner" "superedge" "tekton" "telepresence" "teller" "thanos" "tikv" "tinkerbell" "tokenetes" "tremor" "trickster" "tuf" "urunc" "velero" "vineyard" "virtual-kubelet" "visual-studio-code-kubernetes-tools" "vitess" "volcano" "wasmcloud" "wasmedge-runtime" "werf" "xline" "xregistry" "youki" "zot") # 0-0 values
  local WHAT_pos_param_args=("guide" "repo" "chat" "list" "issue" "pr") # 1-1 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "open" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${PROJECT_pos_param_args[@]}" )
    elif (( currIndex >= 1 && currIndex <= 1 )); then
      positionals=$( compReplyArray "${WHAT_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `completion` subcommand.
function _picocli_cncf-contrib_completion() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac
  local SHELL_pos_param_args=("bash" "zsh" "fish") # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "completion" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${SHELL_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `help` subcommand.
function _picocli_cncf-contrib_help() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac
  local COMMAND_pos_param_args=("list" "show" "groups" "check" "doctor" "setup" "dco" "links" "issues" "catalog" "shell" "wizard" "status" "plan" "open" "completion" "help") # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "help" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${COMMAND_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `dco` subcommand.
function _picocli_cncf-contrib_check_dco() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--fix' '-y' '--yes' '--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--repo' '-p' '--project' '--base' '--range' '--mode' '-o' '--output' '--catalog'"
  local PROJECT_option_args=("aeraki-mesh" "agones" "akri" "antrea" "apicurio-registry" "argo" "argocd" "armada" "artifact-hub" "athenz" "atlantis" "backstage" "bank-vaults" "bfe" "bootc" "bpfman" "brigade" "buildpacks" "cadence-workflow" "capsule" "carina" "cartography" "carvel" "cdk-for-kubernetes-cdk8s" "cedar" "cert-manager" "chaos-mesh" "chaosblade" "cilium" "cloud-custodian" "cloudevents" "cloudnativepg" "clusternet" "clusterpedia" "cni" "cni-genie" "cohdi" "composefs" "confidential-containers" "connect-rpc" "container2wasm" "containerd" "containerssh" "contour" "copa" "coredns" "cortex" "cozystack" "cri-o" "crossplane" "cubefs" "curiefense" "curve" "curvine" "dalec" "dapr" "devfile" "devspace" "devstream" "dex" "distribution" "dragonfly" "drasi" "easegress" "emissary-ingress" "envoy" "envoyproxy" "eraser" "etcd" "external-secrets" "fabedge" "falco" "flatcar-container-linux" "fluentd" "fluid" "flux" "fluxcd" "fonio" "grpc" "hami" "harbor" "goharbor" "headlamp" "helm" "hexa" "higress" "holmesgpt" "hwameistor" "hyperlight" "in-toto" "inclavare-containers" "inspektor-gadget" "interlink" "istio" "jaeger" "jaegertracing" "k0s" "k3s" "k8gb" "k8sgpt" "k8up" "kagent" "kai-scheduler" "kairos" "kaito" "kanister" "karmada" "kbind" "kcl" "kcp" "keda" "kepler" "keptn" "keycloak" "keylime" "kgateway" "kitops" "kmesh" "knative" "ko" "konveyor" "koordinator" "kpt" "krator" "krkn" "krustlet" "kserve" "kuadrant" "kuasar" "kube-burner" "kube-ovn" "kube-rs" "kube-vip" "kubean" "kubearmor" "kubeclipper" "kubedl" "kubeedge" "kubeelasti" "kubefleet" "kubeflow" "kuberhealthy" "kubernetes" "k8s" "kube" "kubescape" "kubeslice" "kubestellar" "kubevela" "kubevirt" "kubewarden" "kudo" "kuma" "kured" "kusionstack" "kyverno" "lima" "linkerd" "linkerd2" "litmus" "llm-d" "logging-operator-kube-logging" "longhorn" "loxilb" "merbridge" "meshery" "metal3-io" "metallb" "microcks" "modelpack" "nats" "nats.io" "network-service-mesh" "nmstate" "nocalhost" "notary-project" "notary" "notation" "oauth2-proxy" "open-cluster-management" "open-policy-agent" "opa" "open-policy-containers" "open-service-mesh" "openchoreo" "opencost" "openebs" "openelb" "openeverest" "openfeature" "openfga" "openfunction" "opengemini" "opengitops" "gitops" "gitops-wg" "openkruise" "openmetrics" "opentelemetry" "otel" "opentofu" "opentracing" "openyurt" "operator-framework" "oras" "oscal-compass" "ovn-kubernetes" "oxia" "paralus" "parsec" "perses" "pipecd" "piraeus-datastore" "pixie" "podman-container-tools" "podman-desktop" "porter" "pravega" "prometheus" "prom" "radius" "ratify" "rkt" "rook" "runme-notebooks" "schemahero" "score" "sealer" "sermant" "serverless-devs" "serverless-workflow" "service-mesh-interface-smi" "service-mesh-performance" "shipwright" "skooner" "slimfaas" "slimtoolkit" "sops" "spiderpool" "spiffe" "spin" "spinkube" "spire" "stacker" "strimzi" "submariner" "superedge" "tekton" "telepresence" "teller" "thanos" "tikv" "tinkerbell" "tokenetes" "tremor" "trickster" "tuf" "urunc" "velero" "vineyard" "virtual-kubelet" "visual-studio-code-kubernetes-tools" "vitess" "volcano" "wasmcloud" "wasmedge-runtime" "werf" "xline" "xregistry" "youki" "zot") # --project values
  local CHECKER_option_args=("dcoapp" "dco2" "dco-check") # --mode values
  local FORMAT_option_args=("text" "json") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--repo')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-p'|'--project')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${PROJECT_option_args[@]}" ) )
      return $?
      ;;
    '--base')
      return
      ;;
    '--range')
      return
      ;;
    '--mode')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${CHECKER_option_args[@]}" ) )
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${FORMAT_option_args[@]}" ) )
      return $?
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `legal` subcommand.
function _picocli_cncf-contrib_check_legal() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--repo' '-p' '--project' '-o' '--output' '--catalog'"
  local PROJECT_option_args=("aeraki-mesh" "agones" "akri" "antrea" "apicurio-registry" "argo" "argocd" "armada" "artifact-hub" "athenz" "atlantis" "backstage" "bank-vaults" "bfe" "bootc" "bpfman" "brigade" "buildpacks" "cadence-workflow" "capsule" "carina" "cartography" "carvel" "cdk-for-kubernetes-cdk8s" "cedar" "cert-manager" "chaos-mesh" "chaosblade" "cilium" "cloud-custodian" "cloudevents" "cloudnativepg" "clusternet" "clusterpedia" "cni" "cni-genie" "cohdi" "composefs" "confidential-containers" "connect-rpc" "container2wasm" "containerd" "containerssh" "contour" "copa" "coredns" "cortex" "cozystack" "cri-o" "crossplane" "cubefs" "curiefense" "curve" "curvine" "dalec" "dapr" "devfile" "devspace" "devstream" "dex" "distribution" "dragonfly" "drasi" "easegress" "emissary-ingress" "envoy" "envoyproxy" "eraser" "etcd" "external-secrets" "fabedge" "falco" "flatcar-container-linux" "fluentd" "fluid" "flux" "fluxcd" "fonio" "grpc" "hami" "harbor" "goharbor" "headlamp" "helm" "hexa" "higress" "holmesgpt" "hwameistor" "hyperlight" "in-toto" "inclavare-containers" "inspektor-gadget" "interlink" "istio" "jaeger" "jaegertracing" "k0s" "k3s" "k8gb" "k8sgpt" "k8up" "kagent" "kai-scheduler" "kairos" "kaito" "kanister" "karmada" "kbind" "kcl" "kcp" "keda" "kepler" "keptn" "keycloak" "keylime" "kgateway" "kitops" "kmesh" "knative" "ko" "konveyor" "koordinator" "kpt" "krator" "krkn" "krustlet" "kserve" "kuadrant" "kuasar" "kube-burner" "kube-ovn" "kube-rs" "kube-vip" "kubean" "kubearmor" "kubeclipper" "kubedl" "kubeedge" "kubeelasti" "kubefleet" "kubeflow" "kuberhealthy" "kubernetes" "k8s" "kube" "kubescape" "kubeslice" "kubestellar" "kubevela" "kubevirt" "kubewarden" "kudo" "kuma" "kured" "kusionstack" "kyverno" "lima" "linkerd" "linkerd2" "litmus" "llm-d" "logging-operator-kube-logging" "longhorn" "loxilb" "merbridge" "meshery" "metal3-io" "metallb" "microcks" "modelpack" "nats" "nats.io" "network-service-mesh" "nmstate" "nocalhost" "notary-project" "notary" "notation" "oauth2-proxy" "open-cluster-management" "open-policy-agent" "opa" "open-policy-containers" "open-service-mesh" "openchoreo" "opencost" "openebs" "openelb" "openeverest" "openfeature" "openfga" "openfunction" "opengemini" "opengitops" "gitops" "gitops-wg" "openkruise" "openmetrics" "opentelemetry" "otel" "opentofu" "opentracing" "openyurt" "operator-framework" "oras" "oscal-compass" "ovn-kubernetes" "oxia" "paralus" "parsec" "perses" "pipecd" "piraeus-datastore" "pixie" "podman-container-tools" "podman-desktop" "porter" "pravega" "prometheus" "prom" "radius" "ratify" "rkt" "rook" "runme-notebooks" "schemahero" "score" "sealer" "sermant" "serverless-devs" "serverless-workflow" "service-mesh-interface-smi" "service-mesh-performance" "shipwright" "skooner" "slimfaas" "slimtoolkit" "sops" "spiderpool" "spiffe" "spin" "spinkube" "spire" "stacker" "strimzi" "submariner" "superedge" "tekton" "telepresence" "teller" "thanos" "tikv" "tinkerbell" "tokenetes" "tremor" "trickster" "tuf" "urunc" "velero" "vineyard" "virtual-kubelet" "visual-studio-code-kubernetes-tools" "vitess" "volcano" "wasmcloud" "wasmedge-runtime" "werf" "xline" "xregistry" "youki" "zot") # --project values
  local FORMAT_option_args=("text" "json") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--repo')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-p'|'--project')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${PROJECT_option_args[@]}" ) )
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${FORMAT_option_args[@]}" ) )
      return $?
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `pr` subcommand.
function _picocli_cncf-contrib_check_pr() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--offline' '--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'-o' '--output' '--catalog'"
  local FORMAT_option_args=("text" "json") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${FORMAT_option_args[@]}" ) )
      return $?
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `signoff` subcommand.
function _picocli_cncf-contrib_setup_signoff() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--uninstall' '--chain' '--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--repo' '--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--repo')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `info` subcommand.
function _picocli_cncf-contrib_catalog_info() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'-o' '--output' '--catalog'"
  local FORMAT_option_args=("text" "json") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${FORMAT_option_args[@]}" ) )
      return $?
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `update` subcommand.
function _picocli_cncf-contrib_catalog_update() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--dry-run' '--force' '--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--from' '--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--from')
      return
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `diff` subcommand.
function _picocli_cncf-contrib_catalog_diff() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'-o' '--output' '--catalog'"
  local FORMAT_option_args=("text" "json" "markdown") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${FORMAT_option_args[@]}" ) )
      return $?
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "diff" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      positionals=$( compgen -f -- "${curr_word}" ) # files
    elif (( currIndex >= 1 && currIndex <= 1 )); then
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      positionals=$( compgen -f -- "${curr_word}" ) # files
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `validate` subcommand.
function _picocli_cncf-contrib_catalog_validate() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "validate" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      positionals=$( compgen -f -- "${curr_word}" ) # files
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `import` subcommand.
function _picocli_cncf-contrib_catalog_import() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--verbose' '--no-input' '-h' '--help' '-V' '--version'"
  local arg_opts="'--landscape' '--overlay' '-o' '--output' '--landscape-url' '--landscape-date' '--catalog'"

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--landscape')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '--overlay')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '--landscape-url')
      return
      ;;
    '--landscape-date')
      return
      ;;
    '--catalog')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Define a completion specification (a compspec) for the
# `cncf-contrib`, `cncf-contrib.sh`, and `cncf-contrib.bash` commands.
# Uses the bash `complete` builtin (see [6]) to specify that shell function
# `_complete_cncf-contrib` is responsible for generating possible completions for the
# current word on the command line.
# The `-o default` option means that if the function generated no matches, the
# default Bash completions and the Readline default filename completions are performed.
complete -F _complete_cncf-contrib -o default cncf-contrib cncf-contrib.sh cncf-contrib.bash
