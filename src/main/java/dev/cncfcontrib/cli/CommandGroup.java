package dev.cncfcontrib.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ({@code catalog}, {@code check}, {@code setup}): alone, it shows its help. */
abstract class CommandGroup implements Callable<Integer> {

    protected final Context context;

    @Spec
    CommandSpec spec;

    CommandGroup(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.io().out());
        return ExitCodes.OK;
    }
}
