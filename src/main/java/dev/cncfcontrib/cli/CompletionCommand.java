package dev.cncfcontrib.cli;

import dev.cncfcontrib.cli.Values.Shell;
import dev.cncfcontrib.completion.CompletionScripts;
import picocli.CommandLine;

final class CompletionCommand extends CliCommand {

    private final Arg<Shell> shell = parameter("SHELL").arity("0..1").values(Shell.class, "shell")
            .description("The shell: ${COMPLETION-CANDIDATES}.").of(Shell.class);

    CompletionCommand(Context context) {
        super(context, "completion",
                "Print the tab-completion script for bash, zsh or fish: commands, options, their values, and the "
                + "project names of the catalog in use.");
        footer("%nInstall:%n",
                "  bash:  source <(cncf-contrib completion bash)          (in ~/.bashrc)",
                "  zsh:   cncf-contrib completion zsh > \"$${fpath[1]}/_cncf-contrib\"",
                "  fish:  cncf-contrib completion fish > ~/.config/fish/completions/cncf-contrib.fish",
                "",
                "Piped or redirected, it prints the bash script when no shell is named.");
    }

    @Override
    public Integer call() {
        Shell wanted = shell.value();
        if (wanted == null) {
            // Like gh: a script is what a pipe or a file wants; someone at a terminal should say which.
            if (context.io().terminal()) {
                throw new CommandFailure(ExitCodes.USAGE, "name a shell: cncf-contrib completion bash|zsh|fish");
            }
            wanted = Shell.BASH;
        }
        // The run built only this command; the script describes them all.
        CommandLine tree = CommandTree.of(context);
        String script = switch (wanted) {
            case BASH -> CompletionScripts.bash(tree);
            case ZSH -> CompletionScripts.zsh(tree);
            case FISH -> CompletionScripts.fish(tree);
        };
        context.io().out().print(script);
        return ExitCodes.OK;
    }
}
