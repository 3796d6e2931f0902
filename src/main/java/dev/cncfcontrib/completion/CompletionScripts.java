package dev.cncfcontrib.completion;

import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Shell completion scripts written from a picocli command tree: bash and zsh by picocli's {@link AutoComplete}
 * (zsh runs the bash script through {@code bashcompinit}), fish by {@link FishScript}. Everything the scripts offer
 * comes from the tree: commands, options, and each option's completion candidates.
 */
public final class CompletionScripts {

    /**
     * picocli aliases bash's {@code compopt} to {@code complete} in zsh. An alias only applies to code read after
     * it, and compinit reads the whole file from $fpath at once: every call would then fail with "command not found".
     * bashcompinit has no counterpart of compopt (its options tune bash's own listing), so a no-op does.
     */
    private static final String PICOCLI_COMPOPT_ALIAS = "  alias compopt=complete\n";
    private static final String ZSH_COMPOPT = "  compopt() { :; }\n";

    private CompletionScripts() {
    }

    /** For {@code source <(cncf-contrib completion bash)} or a file in bash-completion's directory. */
    public static String bash(CommandLine root) {
        String name = root.getCommandName();
        return "#!/usr/bin/env bash\n"
                + "# bash completion for " + name + ", written from its command model by picocli " + CommandLine.VERSION
                + ".\n"
                + "#\n"
                + "# Install for this session:  source <(" + name + " completion bash)\n"
                + "# and for good:              echo 'source <(" + name + " completion bash)' >> ~/.bashrc\n"
                + "#\n"
                + "# An option's value is completed after a space (--maturity <TAB>), not after '=' (--maturity=<TAB>).\n"
                + body(root);
    }

    /**
     * For a file named {@code _cncf-contrib} in {@code $fpath} (compinit loads it on the first TAB), or for
     * {@code source <(cncf-contrib completion zsh)} after compinit.
     */
    public static String zsh(CommandLine root) {
        String name = root.getCommandName();
        String function = "_complete_" + name;
        return "#compdef " + name + "\n"
                + "# zsh completion for " + name + ", written from its command model by picocli " + CommandLine.VERSION
                + "\n"
                + "# (the bash script, run through zsh's bashcompinit).\n"
                + "#\n"
                + "# Install:  " + name + " completion zsh > \"${fpath[1]}/_" + name + "\"   and start a new shell,\n"
                + "# or add    source <(" + name + " completion zsh)   to ~/.zshrc after compinit.\n"
                + body(root).replace(PICOCLI_COMPOPT_ALIAS, ZSH_COMPOPT)
                + "\n"
                + "# Loaded from $fpath by compinit, as the function _" + name + ": the lines above have just defined the\n"
                + "# completion, which takes over from the next TAB on; complete this first TAB too.\n"
                + "if [[ ${funcstack[1]-} == _" + name + " ]]; then\n"
                + "  _bash_complete -F " + function + " -o default\n"
                + "fi\n";
    }

    /** For {@code ~/.config/fish/completions/cncf-contrib.fish}. */
    public static String fish(CommandLine root) {
        return FishScript.of(root);
    }

    /**
     * picocli's script without the start of its opening comment, whose install advice does not fit this program;
     * its list of references stays, since the script's comments cite it.
     */
    private static String body(CommandLine root) {
        String script = AutoComplete.bash(root.getCommandName(), root);
        int references = script.indexOf("# References\n");
        String body = "#\n" + (references < 0 ? script : script.substring(references));
        return body.endsWith("\n") ? body : body + "\n";
    }
}
