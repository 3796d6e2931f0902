package dev.cncfcontrib.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/** What every command of the tree shares: writers, error reporting, exit codes in help, value spelling. */
public final class CommandConventions {

    private CommandConventions() {
    }

    /** Configures {@code root} and every subcommand already added to it. */
    public static void apply(CommandLine root, Context context) {
        ErrorReporter errors = new ErrorReporter(context);
        root.setOut(context.io().out())
                .setErr(context.io().err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setAbbreviatedOptionsAllowed(false)
                // '@file' would read arguments from a file: unexpected in a tool like this (gh and kubectl have
                // none), and a word typed with an '@' must reach the command as typed
                .setExpandAtFiles(false)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors)
                .setExitCodeExceptionMapper(errors)
                .setColorScheme(CommandLine.Help.defaultColorScheme(context.io().style().enabled()
                        ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        addExitCodes(root);
    }

    private static void addExitCodes(CommandLine command) {
        // what picocli returns when a handler itself fails: a bug, not a failed check (its default is 1)
        command.getCommandSpec().exitCodeOnExecutionException(ExitCodes.INTERNAL_ERROR);
        UsageMessageSpec usage = command.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.help());
        // picocli ends the help without a newline after the footer; the shell prompt would follow on that line
        String[] footer = usage.footer();
        if (footer.length > 0 && !footer[footer.length - 1].isEmpty()) {
            // footer() returns the lines with ${...} already resolved; set back as they are, they would be resolved
            // again when printed (a literal ${fpath[1]} in an example became "null"): keep their dollars escaped
            String[] ended = new String[footer.length + 1];
            for (int i = 0; i < footer.length; i++) {
                ended[i] = footer[i].replace("$", "$$");
            }
            ended[footer.length] = "";
            usage.footer(ended);
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            addExitCodes(sub);
        }
    }
}
