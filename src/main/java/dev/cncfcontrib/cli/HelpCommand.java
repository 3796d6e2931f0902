package dev.cncfcontrib.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/** {@code help [COMMAND...]}: what {@code COMMAND --help} prints, as in the shell and in git, gh and kubectl. */
final class HelpCommand extends CliCommand {

    static final String NAME = "help";

    private final Arg<List<String>> command = parameter("COMMAND").arity("0..*").candidates(commandNames())
            .description("The command, and its subcommand, whose help to show; without one, the list of commands.")
            .listOf(String.class);

    HelpCommand(Context context) {
        super(context, NAME, "Show the help of a command: 'help COMMAND' prints what 'COMMAND --help' does.");
        examples(
                "  cncf-contrib help list",
                "  cncf-contrib help catalog update");
    }

    private static List<String> commandNames() {
        List<String> names = new ArrayList<>();
        for (Subcommands.Entry entry : Subcommands.ALL) {
            names.add(entry.name());
        }
        return names;
    }

    @Override
    public Integer call() {
        CommandLine shown = spec().commandLine().getParent();
        for (String word : command.value()) {
            CommandLine subcommand = shown.getSubcommands().get(word);
            if (subcommand == null) {
                // reported as a mistyped command is, with the names that come close
                throw new UnmatchedArgumentException(shown, List.of(word));
            }
            shown = subcommand;
        }
        shown.usage(context.io().out());
        return ExitCodes.OK;
    }
}
