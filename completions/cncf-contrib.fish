# fish completion for cncf-contrib, written from its command model (cncf-contrib completion fish).
#
# Install:  cncf-contrib completion fish > ~/.config/fish/completions/cncf-contrib.fish

# The subcommands typed so far, e.g. 'catalog import'; options and their values are skipped.
function __cncf_contrib_path
    set -l path
    set -l skip 0
    for word in (commandline -opc)[2..-1]
        if test $skip = 1
            set skip 0
            continue
        end
        switch "$path"
            case ''
                switch $word
                    case '--catalog'
                        set skip 1
                    case 'list' 'show' 'groups' 'check' 'doctor' 'setup' 'dco' 'links' 'issues' 'catalog' 'shell' 'wizard' 'status' 'plan' 'open' 'completion' 'help'
                        set -a path $word
                end
            case 'check'
                switch $word
                    case '--catalog'
                        set skip 1
                    case 'dco' 'legal' 'pr'
                        set -a path $word
                end
            case 'setup'
                switch $word
                    case '--catalog'
                        set skip 1
                    case 'signoff'
                        set -a path $word
                end
            case 'catalog'
                switch $word
                    case '--catalog'
                        set skip 1
                    case 'info' 'update' 'diff' 'validate' 'import'
                        set -a path $word
                end
        end
    end
    string join ' ' -- $path
end

function __cncf_contrib_at
    set -l path (__cncf_contrib_path)
    test "$path" = "$argv[1]"
end

# No file names unless a rule below asks for them.
complete -c cncf-contrib -f

# cncf-contrib
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'list' -d 'List CNCF projects'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'show' -d 'Show everything about one project: where to chat, which lists, what the legal requirement…'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'groups' -d 'List the community side of the CNCF: the TOC, Technical Advisory Groups, community and wo…'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'check' -d 'Check a clone before you push, the way the project\'s bots will'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'doctor' -d 'Check that your machine and clone are ready for a first pull request: git and its version…'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'setup' -d 'Prepare a clone for contributing'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'dco' -d 'Print the Developer Certificate of Origin 1.1, the text your Signed-off-by line certifies…'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'links' -d 'Check that the links of the catalog still work: homepages, contributor guides, repositori…'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'issues' -d 'List open issues that want help: from CLOTributor (clotributor.dev), the CNCF\'s index of…'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'catalog' -d 'Manage the catalog: see which one is in use, update it from the CNCF landscape, compare t…'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'shell' -d 'An interactive shell for every command, with tab completion of commands, options, values…'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'wizard' -d 'Find a project that fits you, ranked by how ready it is for a newcomer now (open good fir…'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'status' -d 'Show the checklist of every project you started with the wizard: [x] done, [>] later, [-]…'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'plan' -d 'Print a project\'s onboarding checklist, with the steps you already did ticked: Markdown t…'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'open' -d 'Open a project\'s contributor guide, repository, chat or mailing list in your browser ($BR…'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'completion' -d 'Print the tab-completion script for bash, zsh or fish: commands, options, their values, a…'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -a 'help' -d 'Show the help of a command: \'help COMMAND\' prints what \'COMMAND --help\' does'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib list
complete -c cncf-contrib -n '__cncf_contrib_at \'list\'' -s 'm' -l 'maturity' -x -a 'graduated incubating sandbox archived' -d 'Only projects at this maturity: graduated, incubating, sandbox, archived'
complete -c cncf-contrib -n '__cncf_contrib_at \'list\'' -s 'f' -l 'focus' -x -d 'Only projects whose focus or landscape category contains TEXT'
complete -c cncf-contrib -n '__cncf_contrib_at \'list\'' -s 'l' -l 'legal' -x -a 'dco cla cncf-cla other-cla dco-and-cla none unknown' -d 'Only projects with this legal requirement: dco, cla, cncf-cla, other-cla, dco-and-cla, no…'
complete -c cncf-contrib -n '__cncf_contrib_at \'list\'' -s 'c' -l 'chat' -x -a 'slack irc matrix discord gitter zulip github-discussions wechat dingtalk telegram other' -d 'Only projects that chat on this platform: slack, irc, matrix, discord, gitter, zulip, git…'
complete -c cncf-contrib -n '__cncf_contrib_at \'list\'' -s 'q' -l 'query' -x -d 'Only projects whose id, name, alias or description contains TEXT'
complete -c cncf-contrib -n '__cncf_contrib_at \'list\'' -s 'o' -l 'output' -x -a 'table json csv markdown' -d 'Output format: table, json, csv, markdown (default: table)'
complete -c cncf-contrib -n '__cncf_contrib_at \'list\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'list\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'list\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'list\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'list\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib show
complete -c cncf-contrib -n '__cncf_contrib_at \'show\'' -s 'o' -l 'output' -x -a 'text json markdown' -d 'Output format: text, json, markdown (default: text)'
complete -c cncf-contrib -n '__cncf_contrib_at \'show\'' -l 'sources' -d 'Also what each source says (the line read in the project\'s files) and the notes for whoev…'
complete -c cncf-contrib -n '__cncf_contrib_at \'show\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'show\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'show\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'show\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'show\'' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'show\'' -a 'aeraki-mesh agones akri antrea apicurio-registry argo argocd armada artifact-hub athenz atlantis backstage bank-vaults bfe bootc bpfman brigade buildpacks cadence-workflow capsule carina cartography carvel cdk-for-kubernetes-cdk8s cedar cert-manager chaos-mesh chaosblade cilium cloud-custodian cloudevents cloudnativepg clusternet clusterpedia cni cni-genie cohdi composefs confidential-containers connect-rpc container2wasm containerd containerssh contour copa coredns cortex cozystack cri-o crossplane cubefs curiefense curve curvine dalec dapr devfile devspace devstream dex distribution dragonfly drasi easegress emissary-ingress envoy envoyproxy eraser etcd external-secrets fabedge falco flatcar-container-linux fluentd fluid flux fluxcd fonio grpc hami harbor goharbor headlamp helm hexa higress holmesgpt hwameistor hyperlight in-toto inclavare-containers inspektor-gadget interlink istio jaeger jaegertracing k0s k3s k8gb k8sgpt k8up kagent kai-scheduler kairos kaito kanister karmada kbind kcl kcp keda kepler keptn keycloak keylime kgateway kitops kmesh knative ko konveyor koordinator kpt krator krkn krustlet kserve kuadrant kuasar kube-burner kube-ovn kube-rs kube-vip kubean kubearmor kubeclipper kubedl kubeedge kubeelasti kubefleet kubeflow kuberhealthy kubernetes k8s kube kubescape kubeslice kubestellar kubevela kubevirt kubewarden kudo kuma kured kusionstack kyverno lima linkerd linkerd2 litmus llm-d logging-operator-kube-logging longhorn loxilb merbridge meshery metal3-io metallb microcks modelpack nats nats.io network-service-mesh nmstate nocalhost notary-project notary notation oauth2-proxy open-cluster-management open-policy-agent opa open-policy-containers open-service-mesh openchoreo opencost openebs openelb openeverest openfeature openfga openfunction opengemini opengitops gitops gitops-wg openkruise openmetrics opentelemetry otel opentofu opentracing openyurt operator-framework oras oscal-compass ovn-kubernetes oxia paralus parsec perses pipecd piraeus-datastore pixie podman-container-tools podman-desktop porter pravega prometheus prom radius ratify rkt rook runme-notebooks schemahero score sealer sermant serverless-devs serverless-workflow service-mesh-interface-smi service-mesh-performance shipwright skooner slimfaas slimtoolkit sops spiderpool spiffe spin spinkube spire stacker strimzi submariner superedge tekton telepresence teller thanos tikv tinkerbell tokenetes tremor trickster tuf urunc velero vineyard virtual-kubelet visual-studio-code-kubernetes-tools vitess volcano wasmcloud wasmedge-runtime werf xline xregistry youki zot'

# cncf-contrib groups
complete -c cncf-contrib -n '__cncf_contrib_at \'groups\'' -s 'k' -l 'kind' -x -a 'toc tag toc-subproject tcg working-group program mentoring community organization' -d 'Only groups of this kind: toc, tag, toc-subproject, tcg, working-group, program, mentorin…'
complete -c cncf-contrib -n '__cncf_contrib_at \'groups\'' -l 'active' -d 'Leave out groups that were archived or merged'
complete -c cncf-contrib -n '__cncf_contrib_at \'groups\'' -l 'sources' -d 'With a NAME: also what each source says'
complete -c cncf-contrib -n '__cncf_contrib_at \'groups\'' -s 'o' -l 'output' -x -a 'table json csv markdown' -d 'Output format: table, json, csv, markdown (default: table; with a NAME, table means text)'
complete -c cncf-contrib -n '__cncf_contrib_at \'groups\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'groups\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'groups\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'groups\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'groups\'' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'groups\'' -a 'toc toc-contributors tag-developer-experience tag-infrastructure tag-operational-resilience tag-security-and-compliance tag-workloads-foundation toc-contributor-strategy toc-mentoring toc-project-reviews tag-app-delivery tcg-platform-engineering cnpe tcg-environmental-sustainability tcg-artificial-intelligence tcg-software-supply-chain-security wg-platforms wg-gitops ambassadors meetups cncg gsoc lfx-mentorship communitybridge outreachy openssf cloud-native-norway'

# cncf-contrib check
complete -c cncf-contrib -n '__cncf_contrib_at \'check\'' -a 'dco' -d 'Check the Signed-off-by trailer of every commit of a range, with the exact rules of a DCO…'
complete -c cncf-contrib -n '__cncf_contrib_at \'check\'' -a 'legal' -d 'Say what the clone itself states about a DCO sign-off or a CLA, next to what the catalog…'
complete -c cncf-contrib -n '__cncf_contrib_at \'check\'' -a 'pr' -d 'Check a pull request\'s legal checks on GitHub: the DCO check run (the DCO app) and the CL…'
complete -c cncf-contrib -n '__cncf_contrib_at \'check\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'check\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'check\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib check dco
complete -c cncf-contrib -n '__cncf_contrib_at \'check dco\'' -l 'repo' -r -F -d 'The clone to check (default: the current directory)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check dco\'' -s 'p' -l 'project' -x -a 'aeraki-mesh agones akri antrea apicurio-registry argo argocd armada artifact-hub athenz atlantis backstage bank-vaults bfe bootc bpfman brigade buildpacks cadence-workflow capsule carina cartography carvel cdk-for-kubernetes-cdk8s cedar cert-manager chaos-mesh chaosblade cilium cloud-custodian cloudevents cloudnativepg clusternet clusterpedia cni cni-genie cohdi composefs confidential-containers connect-rpc container2wasm containerd containerssh contour copa coredns cortex cozystack cri-o crossplane cubefs curiefense curve curvine dalec dapr devfile devspace devstream dex distribution dragonfly drasi easegress emissary-ingress envoy envoyproxy eraser etcd external-secrets fabedge falco flatcar-container-linux fluentd fluid flux fluxcd fonio grpc hami harbor goharbor headlamp helm hexa higress holmesgpt hwameistor hyperlight in-toto inclavare-containers inspektor-gadget interlink istio jaeger jaegertracing k0s k3s k8gb k8sgpt k8up kagent kai-scheduler kairos kaito kanister karmada kbind kcl kcp keda kepler keptn keycloak keylime kgateway kitops kmesh knative ko konveyor koordinator kpt krator krkn krustlet kserve kuadrant kuasar kube-burner kube-ovn kube-rs kube-vip kubean kubearmor kubeclipper kubedl kubeedge kubeelasti kubefleet kubeflow kuberhealthy kubernetes k8s kube kubescape kubeslice kubestellar kubevela kubevirt kubewarden kudo kuma kured kusionstack kyverno lima linkerd linkerd2 litmus llm-d logging-operator-kube-logging longhorn loxilb merbridge meshery metal3-io metallb microcks modelpack nats nats.io network-service-mesh nmstate nocalhost notary-project notary notation oauth2-proxy open-cluster-management open-policy-agent opa open-policy-containers open-service-mesh openchoreo opencost openebs openelb openeverest openfeature openfga openfunction opengemini opengitops gitops gitops-wg openkruise openmetrics opentelemetry otel opentofu opentracing openyurt operator-framework oras oscal-compass ovn-kubernetes oxia paralus parsec perses pipecd piraeus-datastore pixie podman-container-tools podman-desktop porter pravega prometheus prom radius ratify rkt rook runme-notebooks schemahero score sealer sermant serverless-devs serverless-workflow service-mesh-interface-smi service-mesh-performance shipwright skooner slimfaas slimtoolkit sops spiderpool spiffe spin spinkube spire stacker strimzi submariner superedge tekton telepresence teller thanos tikv tinkerbell tokenetes tremor trickster tuf urunc velero vineyard virtual-kubelet visual-studio-code-kubernetes-tools vitess volcano wasmcloud wasmedge-runtime werf xline xregistry youki zot' -d 'The project the clone is for (id, name or alias); default: the one its remotes point at'
complete -c cncf-contrib -n '__cncf_contrib_at \'check dco\'' -l 'base' -x -d 'Check the commits of HEAD that are not on REF'
complete -c cncf-contrib -n '__cncf_contrib_at \'check dco\'' -l 'range' -x -d 'Check the commits of B that are not on A'
complete -c cncf-contrib -n '__cncf_contrib_at \'check dco\'' -l 'mode' -x -a 'dcoapp dco2 dco-check' -d 'Whose rules: dcoapp, dco2, dco-check (default: dcoapp, the DCO app most CNCF projects run)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check dco\'' -s 'o' -l 'output' -x -a 'text json' -d 'Output format: text, json (default: text)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check dco\'' -l 'fix' -d 'Add the missing sign-offs by running \'git rebase --signoff\' from the branch\'s base, after…'
complete -c cncf-contrib -n '__cncf_contrib_at \'check dco\'' -s 'y' -l 'yes' -d 'With --fix: do not ask (needed when not at a terminal)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check dco\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check dco\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'check dco\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check dco\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'check dco\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib check legal
complete -c cncf-contrib -n '__cncf_contrib_at \'check legal\'' -l 'repo' -r -F -d 'The clone to read (default: the current directory)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check legal\'' -s 'p' -l 'project' -x -a 'aeraki-mesh agones akri antrea apicurio-registry argo argocd armada artifact-hub athenz atlantis backstage bank-vaults bfe bootc bpfman brigade buildpacks cadence-workflow capsule carina cartography carvel cdk-for-kubernetes-cdk8s cedar cert-manager chaos-mesh chaosblade cilium cloud-custodian cloudevents cloudnativepg clusternet clusterpedia cni cni-genie cohdi composefs confidential-containers connect-rpc container2wasm containerd containerssh contour copa coredns cortex cozystack cri-o crossplane cubefs curiefense curve curvine dalec dapr devfile devspace devstream dex distribution dragonfly drasi easegress emissary-ingress envoy envoyproxy eraser etcd external-secrets fabedge falco flatcar-container-linux fluentd fluid flux fluxcd fonio grpc hami harbor goharbor headlamp helm hexa higress holmesgpt hwameistor hyperlight in-toto inclavare-containers inspektor-gadget interlink istio jaeger jaegertracing k0s k3s k8gb k8sgpt k8up kagent kai-scheduler kairos kaito kanister karmada kbind kcl kcp keda kepler keptn keycloak keylime kgateway kitops kmesh knative ko konveyor koordinator kpt krator krkn krustlet kserve kuadrant kuasar kube-burner kube-ovn kube-rs kube-vip kubean kubearmor kubeclipper kubedl kubeedge kubeelasti kubefleet kubeflow kuberhealthy kubernetes k8s kube kubescape kubeslice kubestellar kubevela kubevirt kubewarden kudo kuma kured kusionstack kyverno lima linkerd linkerd2 litmus llm-d logging-operator-kube-logging longhorn loxilb merbridge meshery metal3-io metallb microcks modelpack nats nats.io network-service-mesh nmstate nocalhost notary-project notary notation oauth2-proxy open-cluster-management open-policy-agent opa open-policy-containers open-service-mesh openchoreo opencost openebs openelb openeverest openfeature openfga openfunction opengemini opengitops gitops gitops-wg openkruise openmetrics opentelemetry otel opentofu opentracing openyurt operator-framework oras oscal-compass ovn-kubernetes oxia paralus parsec perses pipecd piraeus-datastore pixie podman-container-tools podman-desktop porter pravega prometheus prom radius ratify rkt rook runme-notebooks schemahero score sealer sermant serverless-devs serverless-workflow service-mesh-interface-smi service-mesh-performance shipwright skooner slimfaas slimtoolkit sops spiderpool spiffe spin spinkube spire stacker strimzi submariner superedge tekton telepresence teller thanos tikv tinkerbell tokenetes tremor trickster tuf urunc velero vineyard virtual-kubelet visual-studio-code-kubernetes-tools vitess volcano wasmcloud wasmedge-runtime werf xline xregistry youki zot' -d 'The project the clone is for (id, name or alias); default: the one its remotes point at'
complete -c cncf-contrib -n '__cncf_contrib_at \'check legal\'' -s 'o' -l 'output' -x -a 'text json' -d 'Output format: text, json (default: text)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check legal\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check legal\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'check legal\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check legal\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'check legal\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib check pr
complete -c cncf-contrib -n '__cncf_contrib_at \'check pr\'' -s 'o' -l 'output' -x -a 'text json' -d 'Output format: text, json (default: text)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check pr\'' -l 'offline' -d 'Do not use the network: report from the answers cached by the last check'
complete -c cncf-contrib -n '__cncf_contrib_at \'check pr\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check pr\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'check pr\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'check pr\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'check pr\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib doctor
complete -c cncf-contrib -n '__cncf_contrib_at \'doctor\'' -s 'p' -l 'project' -x -a 'aeraki-mesh agones akri antrea apicurio-registry argo argocd armada artifact-hub athenz atlantis backstage bank-vaults bfe bootc bpfman brigade buildpacks cadence-workflow capsule carina cartography carvel cdk-for-kubernetes-cdk8s cedar cert-manager chaos-mesh chaosblade cilium cloud-custodian cloudevents cloudnativepg clusternet clusterpedia cni cni-genie cohdi composefs confidential-containers connect-rpc container2wasm containerd containerssh contour copa coredns cortex cozystack cri-o crossplane cubefs curiefense curve curvine dalec dapr devfile devspace devstream dex distribution dragonfly drasi easegress emissary-ingress envoy envoyproxy eraser etcd external-secrets fabedge falco flatcar-container-linux fluentd fluid flux fluxcd fonio grpc hami harbor goharbor headlamp helm hexa higress holmesgpt hwameistor hyperlight in-toto inclavare-containers inspektor-gadget interlink istio jaeger jaegertracing k0s k3s k8gb k8sgpt k8up kagent kai-scheduler kairos kaito kanister karmada kbind kcl kcp keda kepler keptn keycloak keylime kgateway kitops kmesh knative ko konveyor koordinator kpt krator krkn krustlet kserve kuadrant kuasar kube-burner kube-ovn kube-rs kube-vip kubean kubearmor kubeclipper kubedl kubeedge kubeelasti kubefleet kubeflow kuberhealthy kubernetes k8s kube kubescape kubeslice kubestellar kubevela kubevirt kubewarden kudo kuma kured kusionstack kyverno lima linkerd linkerd2 litmus llm-d logging-operator-kube-logging longhorn loxilb merbridge meshery metal3-io metallb microcks modelpack nats nats.io network-service-mesh nmstate nocalhost notary-project notary notation oauth2-proxy open-cluster-management open-policy-agent opa open-policy-containers open-service-mesh openchoreo opencost openebs openelb openeverest openfeature openfga openfunction opengemini opengitops gitops gitops-wg openkruise openmetrics opentelemetry otel opentofu opentracing openyurt operator-framework oras oscal-compass ovn-kubernetes oxia paralus parsec perses pipecd piraeus-datastore pixie podman-container-tools podman-desktop porter pravega prometheus prom radius ratify rkt rook runme-notebooks schemahero score sealer sermant serverless-devs serverless-workflow service-mesh-interface-smi service-mesh-performance shipwright skooner slimfaas slimtoolkit sops spiderpool spiffe spin spinkube spire stacker strimzi submariner superedge tekton telepresence teller thanos tikv tinkerbell tokenetes tremor trickster tuf urunc velero vineyard virtual-kubelet visual-studio-code-kubernetes-tools vitess volcano wasmcloud wasmedge-runtime werf xline xregistry youki zot' -d 'The project the clone is for (id, name or alias)'
complete -c cncf-contrib -n '__cncf_contrib_at \'doctor\'' -l 'repo' -r -F -d 'The clone (default: the current directory)'
complete -c cncf-contrib -n '__cncf_contrib_at \'doctor\'' -s 'o' -l 'output' -x -a 'text json' -d 'Output format: text, json (default: text)'
complete -c cncf-contrib -n '__cncf_contrib_at \'doctor\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'doctor\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'doctor\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'doctor\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'doctor\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib setup
complete -c cncf-contrib -n '__cncf_contrib_at \'setup\'' -a 'signoff' -d 'Install a prepare-commit-msg hook in a clone that adds your Signed-off-by line to every c…'
complete -c cncf-contrib -n '__cncf_contrib_at \'setup\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'setup\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'setup\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'setup\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'setup\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib setup signoff
complete -c cncf-contrib -n '__cncf_contrib_at \'setup signoff\'' -l 'repo' -r -F -d 'The clone (default: the current directory)'
complete -c cncf-contrib -n '__cncf_contrib_at \'setup signoff\'' -l 'uninstall' -d 'Remove the hook'
complete -c cncf-contrib -n '__cncf_contrib_at \'setup signoff\'' -l 'chain' -d 'If another prepare-commit-msg hook is there, keep it and run it before adding the sign-off'
complete -c cncf-contrib -n '__cncf_contrib_at \'setup signoff\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'setup signoff\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'setup signoff\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'setup signoff\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'setup signoff\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib dco
complete -c cncf-contrib -n '__cncf_contrib_at \'dco\'' -l 'text-only' -d 'Only the certificate\'s own text, without the notes'
complete -c cncf-contrib -n '__cncf_contrib_at \'dco\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'dco\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'dco\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'dco\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'dco\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib links
complete -c cncf-contrib -n '__cncf_contrib_at \'links\'' -s 'p' -l 'project' -x -a 'aeraki-mesh agones akri antrea apicurio-registry argo argocd armada artifact-hub athenz atlantis backstage bank-vaults bfe bootc bpfman brigade buildpacks cadence-workflow capsule carina cartography carvel cdk-for-kubernetes-cdk8s cedar cert-manager chaos-mesh chaosblade cilium cloud-custodian cloudevents cloudnativepg clusternet clusterpedia cni cni-genie cohdi composefs confidential-containers connect-rpc container2wasm containerd containerssh contour copa coredns cortex cozystack cri-o crossplane cubefs curiefense curve curvine dalec dapr devfile devspace devstream dex distribution dragonfly drasi easegress emissary-ingress envoy envoyproxy eraser etcd external-secrets fabedge falco flatcar-container-linux fluentd fluid flux fluxcd fonio grpc hami harbor goharbor headlamp helm hexa higress holmesgpt hwameistor hyperlight in-toto inclavare-containers inspektor-gadget interlink istio jaeger jaegertracing k0s k3s k8gb k8sgpt k8up kagent kai-scheduler kairos kaito kanister karmada kbind kcl kcp keda kepler keptn keycloak keylime kgateway kitops kmesh knative ko konveyor koordinator kpt krator krkn krustlet kserve kuadrant kuasar kube-burner kube-ovn kube-rs kube-vip kubean kubearmor kubeclipper kubedl kubeedge kubeelasti kubefleet kubeflow kuberhealthy kubernetes k8s kube kubescape kubeslice kubestellar kubevela kubevirt kubewarden kudo kuma kured kusionstack kyverno lima linkerd linkerd2 litmus llm-d logging-operator-kube-logging longhorn loxilb merbridge meshery metal3-io metallb microcks modelpack nats nats.io network-service-mesh nmstate nocalhost notary-project notary notation oauth2-proxy open-cluster-management open-policy-agent opa open-policy-containers open-service-mesh openchoreo opencost openebs openelb openeverest openfeature openfga openfunction opengemini opengitops gitops gitops-wg openkruise openmetrics opentelemetry otel opentofu opentracing openyurt operator-framework oras oscal-compass ovn-kubernetes oxia paralus parsec perses pipecd piraeus-datastore pixie podman-container-tools podman-desktop porter pravega prometheus prom radius ratify rkt rook runme-notebooks schemahero score sealer sermant serverless-devs serverless-workflow service-mesh-interface-smi service-mesh-performance shipwright skooner slimfaas slimtoolkit sops spiderpool spiffe spin spinkube spire stacker strimzi submariner superedge tekton telepresence teller thanos tikv tinkerbell tokenetes tremor trickster tuf urunc velero vineyard virtual-kubelet visual-studio-code-kubernetes-tools vitess volcano wasmcloud wasmedge-runtime werf xline xregistry youki zot' -d 'Check only this project (id, name or alias)'
complete -c cncf-contrib -n '__cncf_contrib_at \'links\'' -s 'k' -l 'kind' -x -a 'guide repo chat list all' -d 'Only links of this kind: guide, repo, chat, list, all (default: all)'
complete -c cncf-contrib -n '__cncf_contrib_at \'links\'' -s 'j' -l 'concurrency' -x -d 'Requests in flight at once (default: 16)'
complete -c cncf-contrib -n '__cncf_contrib_at \'links\'' -l 'per-host' -x -d 'Requests in flight to any one host (default: 4)'
complete -c cncf-contrib -n '__cncf_contrib_at \'links\'' -s 't' -l 'timeout' -x -d 'Longest wait for one request, such as 10s or 500ms (default: 10s)'
complete -c cncf-contrib -n '__cncf_contrib_at \'links\'' -l 'deadline' -x -d 'Longest the whole check may take; links not checked by then are reported as such (default…'
complete -c cncf-contrib -n '__cncf_contrib_at \'links\'' -s 'o' -l 'output' -x -a 'text json markdown' -d 'Output format: text, json, markdown (default: text)'
complete -c cncf-contrib -n '__cncf_contrib_at \'links\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'links\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'links\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'links\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'links\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib issues
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -s 'l' -l 'language' -x -d 'Only issues in repositories that use LANGUAGE (Go, Rust, Python, TypeScript...; any case)'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -s 'g' -l 'good-first' -d 'Only issues labelled \'good first issue\''
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -s 'm' -l 'mentor' -d 'Only issues with a mentor available'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -s 'a' -l 'area' -x -a 'docs' -d 'Only issues of this area, as CLOTributor files them: docs'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -s 'n' -l 'limit' -x -d 'At most N issues (default: 20, at most 1000)'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -s 's' -l 'source' -x -a 'auto clotributor github' -d 'Where to look: auto, clotributor, github (default: auto: CLOTributor, then GitHub\'s searc…'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -s 'o' -l 'output' -x -a 'table json markdown' -d 'Output format: table, json, markdown (default: table)'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -l 'refresh' -d 'Ask the services even when a recent answer is cached'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -l 'offline' -d 'Do not use the network: answer from the cache only'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -l 'open' -x -d 'Also open the N-th issue of the list in your browser'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'issues\'' -a 'aeraki-mesh agones akri antrea apicurio-registry argo argocd armada artifact-hub athenz atlantis backstage bank-vaults bfe bootc bpfman brigade buildpacks cadence-workflow capsule carina cartography carvel cdk-for-kubernetes-cdk8s cedar cert-manager chaos-mesh chaosblade cilium cloud-custodian cloudevents cloudnativepg clusternet clusterpedia cni cni-genie cohdi composefs confidential-containers connect-rpc container2wasm containerd containerssh contour copa coredns cortex cozystack cri-o crossplane cubefs curiefense curve curvine dalec dapr devfile devspace devstream dex distribution dragonfly drasi easegress emissary-ingress envoy envoyproxy eraser etcd external-secrets fabedge falco flatcar-container-linux fluentd fluid flux fluxcd fonio grpc hami harbor goharbor headlamp helm hexa higress holmesgpt hwameistor hyperlight in-toto inclavare-containers inspektor-gadget interlink istio jaeger jaegertracing k0s k3s k8gb k8sgpt k8up kagent kai-scheduler kairos kaito kanister karmada kbind kcl kcp keda kepler keptn keycloak keylime kgateway kitops kmesh knative ko konveyor koordinator kpt krator krkn krustlet kserve kuadrant kuasar kube-burner kube-ovn kube-rs kube-vip kubean kubearmor kubeclipper kubedl kubeedge kubeelasti kubefleet kubeflow kuberhealthy kubernetes k8s kube kubescape kubeslice kubestellar kubevela kubevirt kubewarden kudo kuma kured kusionstack kyverno lima linkerd linkerd2 litmus llm-d logging-operator-kube-logging longhorn loxilb merbridge meshery metal3-io metallb microcks modelpack nats nats.io network-service-mesh nmstate nocalhost notary-project notary notation oauth2-proxy open-cluster-management open-policy-agent opa open-policy-containers open-service-mesh openchoreo opencost openebs openelb openeverest openfeature openfga openfunction opengemini opengitops gitops gitops-wg openkruise openmetrics opentelemetry otel opentofu opentracing openyurt operator-framework oras oscal-compass ovn-kubernetes oxia paralus parsec perses pipecd piraeus-datastore pixie podman-container-tools podman-desktop porter pravega prometheus prom radius ratify rkt rook runme-notebooks schemahero score sealer sermant serverless-devs serverless-workflow service-mesh-interface-smi service-mesh-performance shipwright skooner slimfaas slimtoolkit sops spiderpool spiffe spin spinkube spire stacker strimzi submariner superedge tekton telepresence teller thanos tikv tinkerbell tokenetes tremor trickster tuf urunc velero vineyard virtual-kubelet visual-studio-code-kubernetes-tools vitess volcano wasmcloud wasmedge-runtime werf xline xregistry youki zot'

# cncf-contrib catalog
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog\'' -a 'info' -d 'Which catalog is in use (bundled, updated by \'catalog update\', or --catalog FILE), where…'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog\'' -a 'update' -d 'Download the current CNCF landscape (or a catalog) and install it as the catalog every co…'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog\'' -a 'diff' -d 'Compare two catalog files: projects added, removed, archived, promoted (sandbox to incuba…'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog\'' -a 'validate' -d 'Check a catalog file against the catalog schema: each problem is printed as FILE:LINE:COL…'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog\'' -a 'import' -d 'Build a catalog from a CNCF landscape file (landscape.yml of cncf/landscape) and the cura…'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib catalog info
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog info\'' -s 'o' -l 'output' -x -a 'text json' -d 'Output format: text, json (default: text)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog info\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog info\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog info\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog info\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog info\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib catalog update
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog update\'' -l 'from' -x -d 'Where to get it: a landscape.yml or a catalog JSON, by https URL or as a local file (defa…'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog update\'' -l 'dry-run' -d 'Show what would change, and install nothing'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog update\'' -l 'force' -d 'Install even a catalog that removes more than half of the projects in use (refused otherw…'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog update\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog update\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog update\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog update\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog update\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib catalog diff
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog diff\'' -s 'o' -l 'output' -x -a 'text json markdown' -d 'Output format: text, json, markdown (default: text)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog diff\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog diff\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog diff\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog diff\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog diff\'' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog diff\'' -F
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog diff\'' -F

# cncf-contrib catalog validate
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog validate\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog validate\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog validate\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog validate\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog validate\'' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog validate\'' -F

# cncf-contrib catalog import
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog import\'' -l 'landscape' -r -F -d 'The landscape.yml file to import'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog import\'' -l 'overlay' -r -F -d 'Hand-verified facts that win over the landscape\'s, field by field (default: the overlay b…'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog import\'' -s 'o' -l 'output' -r -F -d 'Write the catalog to FILE (default: standard output)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog import\'' -l 'landscape-url' -x -d 'The landscape file to cite as the source of imported facts (default: the overlay\'s \'lands…'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog import\'' -l 'landscape-date' -x -d 'The date of that landscape file, yyyy-mm-dd (default: the overlay\'s \'landscape.date\')'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog import\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog import\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog import\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog import\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'catalog import\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib shell
complete -c cncf-contrib -n '__cncf_contrib_at \'shell\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'shell\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'shell\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'shell\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'shell\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib wizard
complete -c cncf-contrib -n '__cncf_contrib_at \'wizard\'' -s 'p' -l 'project' -x -a 'aeraki-mesh agones akri antrea apicurio-registry argo argocd armada artifact-hub athenz atlantis backstage bank-vaults bfe bootc bpfman brigade buildpacks cadence-workflow capsule carina cartography carvel cdk-for-kubernetes-cdk8s cedar cert-manager chaos-mesh chaosblade cilium cloud-custodian cloudevents cloudnativepg clusternet clusterpedia cni cni-genie cohdi composefs confidential-containers connect-rpc container2wasm containerd containerssh contour copa coredns cortex cozystack cri-o crossplane cubefs curiefense curve curvine dalec dapr devfile devspace devstream dex distribution dragonfly drasi easegress emissary-ingress envoy envoyproxy eraser etcd external-secrets fabedge falco flatcar-container-linux fluentd fluid flux fluxcd fonio grpc hami harbor goharbor headlamp helm hexa higress holmesgpt hwameistor hyperlight in-toto inclavare-containers inspektor-gadget interlink istio jaeger jaegertracing k0s k3s k8gb k8sgpt k8up kagent kai-scheduler kairos kaito kanister karmada kbind kcl kcp keda kepler keptn keycloak keylime kgateway kitops kmesh knative ko konveyor koordinator kpt krator krkn krustlet kserve kuadrant kuasar kube-burner kube-ovn kube-rs kube-vip kubean kubearmor kubeclipper kubedl kubeedge kubeelasti kubefleet kubeflow kuberhealthy kubernetes k8s kube kubescape kubeslice kubestellar kubevela kubevirt kubewarden kudo kuma kured kusionstack kyverno lima linkerd linkerd2 litmus llm-d logging-operator-kube-logging longhorn loxilb merbridge meshery metal3-io metallb microcks modelpack nats nats.io network-service-mesh nmstate nocalhost notary-project notary notation oauth2-proxy open-cluster-management open-policy-agent opa open-policy-containers open-service-mesh openchoreo opencost openebs openelb openeverest openfeature openfga openfunction opengemini opengitops gitops gitops-wg openkruise openmetrics opentelemetry otel opentofu opentracing openyurt operator-framework oras oscal-compass ovn-kubernetes oxia paralus parsec perses pipecd piraeus-datastore pixie podman-container-tools podman-desktop porter pravega prometheus prom radius ratify rkt rook runme-notebooks schemahero score sealer sermant serverless-devs serverless-workflow service-mesh-interface-smi service-mesh-performance shipwright skooner slimfaas slimtoolkit sops spiderpool spiffe spin spinkube spire stacker strimzi submariner superedge tekton telepresence teller thanos tikv tinkerbell tokenetes tremor trickster tuf urunc velero vineyard virtual-kubelet visual-studio-code-kubernetes-tools vitess volcano wasmcloud wasmedge-runtime werf xline xregistry youki zot' -d 'Skip the questions and go straight to this project\'s checklist'
complete -c cncf-contrib -n '__cncf_contrib_at \'wizard\'' -l 'resume' -d 'Continue the checklist of the project you worked on last'
complete -c cncf-contrib -n '__cncf_contrib_at \'wizard\'' -s 'y' -l 'yes' -d 'Ask nothing: save the project\'s checklist with every open step kept for later (needs --pr…'
complete -c cncf-contrib -n '__cncf_contrib_at \'wizard\'' -l 'accessible' -d 'Plain numbered questions answered on stdin, for screen readers and scripts (also: CNCF_CO…'
complete -c cncf-contrib -n '__cncf_contrib_at \'wizard\'' -l 'offline' -d 'Do not ask CLOTributor or GitHub for open issues: use only answers cached earlier'
complete -c cncf-contrib -n '__cncf_contrib_at \'wizard\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'wizard\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'wizard\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'wizard\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'wizard\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib status
complete -c cncf-contrib -n '__cncf_contrib_at \'status\'' -l 'issue' -x -d 'Record the issue you work on (its URL, or OWNER/REPO#N) for the current project (the one…'
complete -c cncf-contrib -n '__cncf_contrib_at \'status\'' -l 'pr' -x -d 'Record the pull request you opened (its URL, or OWNER/REPO#N) for the current project; \'c…'
complete -c cncf-contrib -n '__cncf_contrib_at \'status\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'status\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'status\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'status\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'status\'' -s 'V' -l 'version' -d 'Print version information and exit'

# cncf-contrib plan
complete -c cncf-contrib -n '__cncf_contrib_at \'plan\'' -s 'o' -l 'output' -x -a 'text markdown' -d 'Output format: text, markdown (default: text)'
complete -c cncf-contrib -n '__cncf_contrib_at \'plan\'' -l 'output-file' -r -F -d 'Write the plan to FILE instead of stdout (a regular file is replaced atomically; a FIFO o…'
complete -c cncf-contrib -n '__cncf_contrib_at \'plan\'' -l 'issue' -x -d 'Record the issue you work on (its URL, or OWNER/REPO#N)'
complete -c cncf-contrib -n '__cncf_contrib_at \'plan\'' -l 'pr' -x -d 'Record the pull request you opened (its URL, or OWNER/REPO#N); \'cncf-contrib check pr\' th…'
complete -c cncf-contrib -n '__cncf_contrib_at \'plan\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'plan\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'plan\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'plan\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'plan\'' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'plan\'' -a 'aeraki-mesh agones akri antrea apicurio-registry argo argocd armada artifact-hub athenz atlantis backstage bank-vaults bfe bootc bpfman brigade buildpacks cadence-workflow capsule carina cartography carvel cdk-for-kubernetes-cdk8s cedar cert-manager chaos-mesh chaosblade cilium cloud-custodian cloudevents cloudnativepg clusternet clusterpedia cni cni-genie cohdi composefs confidential-containers connect-rpc container2wasm containerd containerssh contour copa coredns cortex cozystack cri-o crossplane cubefs curiefense curve curvine dalec dapr devfile devspace devstream dex distribution dragonfly drasi easegress emissary-ingress envoy envoyproxy eraser etcd external-secrets fabedge falco flatcar-container-linux fluentd fluid flux fluxcd fonio grpc hami harbor goharbor headlamp helm hexa higress holmesgpt hwameistor hyperlight in-toto inclavare-containers inspektor-gadget interlink istio jaeger jaegertracing k0s k3s k8gb k8sgpt k8up kagent kai-scheduler kairos kaito kanister karmada kbind kcl kcp keda kepler keptn keycloak keylime kgateway kitops kmesh knative ko konveyor koordinator kpt krator krkn krustlet kserve kuadrant kuasar kube-burner kube-ovn kube-rs kube-vip kubean kubearmor kubeclipper kubedl kubeedge kubeelasti kubefleet kubeflow kuberhealthy kubernetes k8s kube kubescape kubeslice kubestellar kubevela kubevirt kubewarden kudo kuma kured kusionstack kyverno lima linkerd linkerd2 litmus llm-d logging-operator-kube-logging longhorn loxilb merbridge meshery metal3-io metallb microcks modelpack nats nats.io network-service-mesh nmstate nocalhost notary-project notary notation oauth2-proxy open-cluster-management open-policy-agent opa open-policy-containers open-service-mesh openchoreo opencost openebs openelb openeverest openfeature openfga openfunction opengemini opengitops gitops gitops-wg openkruise openmetrics opentelemetry otel opentofu opentracing openyurt operator-framework oras oscal-compass ovn-kubernetes oxia paralus parsec perses pipecd piraeus-datastore pixie podman-container-tools podman-desktop porter pravega prometheus prom radius ratify rkt rook runme-notebooks schemahero score sealer sermant serverless-devs serverless-workflow service-mesh-interface-smi service-mesh-performance shipwright skooner slimfaas slimtoolkit sops spiderpool spiffe spin spinkube spire stacker strimzi submariner superedge tekton telepresence teller thanos tikv tinkerbell tokenetes tremor trickster tuf urunc velero vineyard virtual-kubelet visual-studio-code-kubernetes-tools vitess volcano wasmcloud wasmedge-runtime werf xline xregistry youki zot'

# cncf-contrib open
complete -c cncf-contrib -n '__cncf_contrib_at \'open\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'open\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'open\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'open\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'open\'' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'open\'' -a 'aeraki-mesh agones akri antrea apicurio-registry argo argocd armada artifact-hub athenz atlantis backstage bank-vaults bfe bootc bpfman brigade buildpacks cadence-workflow capsule carina cartography carvel cdk-for-kubernetes-cdk8s cedar cert-manager chaos-mesh chaosblade cilium cloud-custodian cloudevents cloudnativepg clusternet clusterpedia cni cni-genie cohdi composefs confidential-containers connect-rpc container2wasm containerd containerssh contour copa coredns cortex cozystack cri-o crossplane cubefs curiefense curve curvine dalec dapr devfile devspace devstream dex distribution dragonfly drasi easegress emissary-ingress envoy envoyproxy eraser etcd external-secrets fabedge falco flatcar-container-linux fluentd fluid flux fluxcd fonio grpc hami harbor goharbor headlamp helm hexa higress holmesgpt hwameistor hyperlight in-toto inclavare-containers inspektor-gadget interlink istio jaeger jaegertracing k0s k3s k8gb k8sgpt k8up kagent kai-scheduler kairos kaito kanister karmada kbind kcl kcp keda kepler keptn keycloak keylime kgateway kitops kmesh knative ko konveyor koordinator kpt krator krkn krustlet kserve kuadrant kuasar kube-burner kube-ovn kube-rs kube-vip kubean kubearmor kubeclipper kubedl kubeedge kubeelasti kubefleet kubeflow kuberhealthy kubernetes k8s kube kubescape kubeslice kubestellar kubevela kubevirt kubewarden kudo kuma kured kusionstack kyverno lima linkerd linkerd2 litmus llm-d logging-operator-kube-logging longhorn loxilb merbridge meshery metal3-io metallb microcks modelpack nats nats.io network-service-mesh nmstate nocalhost notary-project notary notation oauth2-proxy open-cluster-management open-policy-agent opa open-policy-containers open-service-mesh openchoreo opencost openebs openelb openeverest openfeature openfga openfunction opengemini opengitops gitops gitops-wg openkruise openmetrics opentelemetry otel opentofu opentracing openyurt operator-framework oras oscal-compass ovn-kubernetes oxia paralus parsec perses pipecd piraeus-datastore pixie podman-container-tools podman-desktop porter pravega prometheus prom radius ratify rkt rook runme-notebooks schemahero score sealer sermant serverless-devs serverless-workflow service-mesh-interface-smi service-mesh-performance shipwright skooner slimfaas slimtoolkit sops spiderpool spiffe spin spinkube spire stacker strimzi submariner superedge tekton telepresence teller thanos tikv tinkerbell tokenetes tremor trickster tuf urunc velero vineyard virtual-kubelet visual-studio-code-kubernetes-tools vitess volcano wasmcloud wasmedge-runtime werf xline xregistry youki zot'
complete -c cncf-contrib -n '__cncf_contrib_at \'open\'' -a 'guide repo chat list issue pr'

# cncf-contrib completion
complete -c cncf-contrib -n '__cncf_contrib_at \'completion\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'completion\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'completion\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'completion\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'completion\'' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'completion\'' -a 'bash zsh fish'

# cncf-contrib help
complete -c cncf-contrib -n '__cncf_contrib_at \'help\'' -l 'catalog' -r -F -d 'Read this catalog file instead of the bundled one (also: $CNCF_CONTRIB_CATALOG)'
complete -c cncf-contrib -n '__cncf_contrib_at \'help\'' -l 'verbose' -d 'Print stack traces with errors'
complete -c cncf-contrib -n '__cncf_contrib_at \'help\'' -l 'no-input' -d 'Never ask a question, even at a terminal (also: CNCF_CONTRIB_NO_INPUT=1)'
complete -c cncf-contrib -n '__cncf_contrib_at \'help\'' -s 'h' -l 'help' -d 'Show this help message and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'help\'' -s 'V' -l 'version' -d 'Print version information and exit'
complete -c cncf-contrib -n '__cncf_contrib_at \'help\'' -a 'list show groups check doctor setup dco links issues catalog shell wizard status plan open completion help'
