package dev.cncfcontrib.cli;

import dev.cncfcontrib.shell.Shell;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

final class ShellCommand extends CliCommand {

    ShellCommand(Context context) {
        super(context, "shell",
                "An interactive shell for every command, with tab completion of commands, options, values and "
                + "project names, and a history in $XDG_STATE_HOME/cncf-contrib/history. Reads plain lines from a pipe.");
        examples(
                "  cncf-contrib shell",
                "  printf 'list --maturity graduated\\nshow k8s\\n' | cncf-contrib shell");
    }

    @Override
    public Integer call() throws Exception {
        Shell shell = ShellCommands.shell(context);
        if (!context.io().terminal()) {
            // a pipe or a file: no terminal to open, no prompt to print, nothing to warn about
            return shell.runLines(new BufferedReader(new InputStreamReader(context.stdin(), StandardCharsets.UTF_8)));
        }
        return shell.runOnSystemTerminal(ShellCommands.historyFile(context));
    }
}
