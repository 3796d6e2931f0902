package dev.cncfcontrib.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * A command that only groups subcommands ({@code catalog}, {@code check}, {@code setup}): alone, it shows its
 * help. Its subcommands are built with it; without annotations to read, that costs next to nothing.
 */
abstract class CommandGroup extends CliCommand {

    private final List<CliCommand> subcommands;

    CommandGroup(Context context, String name, List<CliCommand> subcommands, String... description) {
        super(context, name, description);
        this.subcommands = List.copyOf(subcommands);
    }

    @Override
    public final CommandLine commandLine() {
        CommandLine group = super.commandLine();
        for (CliCommand subcommand : subcommands) {
            group.addSubcommand(subcommand.spec().name(), subcommand.commandLine());
        }
        return group;
    }

    @Override
    public final Integer call() {
        return showHelp();
    }
}
