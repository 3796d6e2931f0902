package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.prompt.Prompter;
import dev.cncfcontrib.shell.Commands;
import dev.cncfcontrib.shell.Shell;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The program's commands as the shell runs them: each line in a fresh copy of the context the shell started with. */
public final class ShellCommands implements Commands {

    private final Context context;

    public ShellCommands(Context context) {
        this.context = context;
    }

    /** The shell of {@code context}: its commands, its output, its home for completing file names. */
    public static Shell shell(Context context) {
        return new Shell(new ShellCommands(context), context.io().out(), context.io().err(), context.env("HOME"));
    }

    /** The history file: {@code $XDG_STATE_HOME/cncf-contrib/history}. */
    public static Path historyFile(Context context) {
        return context.stateDir().resolve("history");
    }

    @Override
    public picocli.CommandLine tree() {
        return CommandTree.of(context);
    }

    @Override
    public int run(List<String> words, Prompter prompter) {
        // a line's own --catalog or --verbose must not leak into the next line
        Context line = context.forNextCommand();
        if (prompter != null && line.replacedPrompter() == null) {
            line.prompter(prompter);
        }
        return CommandTree.execute(line, words.toArray(new String[0]));
    }

    @Override
    public Catalog catalog() {
        return context.catalog().catalog();
    }

    @Override
    public int usageError(String message) {
        return new ErrorReporter(context).report(ExitCodes.USAGE, message);
    }

    @Override
    public int inputError(IOException failure) {
        return new ErrorReporter(context).report(ExitCodes.DATA_ERROR, "cannot read the commands: " + failure.getMessage());
    }
}
