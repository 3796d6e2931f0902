package dev.cncfcontrib.shell;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.prompt.Prompter;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine;

/**
 * What the shell runs: the program's commands, as the command layer ({@code cli}) builds and runs them. The shell
 * holds the terminal, the line editing and the loop; it knows no command, context or exit code of its own, so the
 * command layer can start it without the two depending on each other.
 */
public interface Commands {

    /** Every command: the names, options and descriptions that completion and {@code help} show. */
    CommandLine tree();

    /**
     * Runs one command line as the program would, with the options the shell was started with and none of an
     * earlier line's, and returns its exit code; its errors are already reported.
     *
     * @param prompter how a command asks at the shell's terminal, or null where nobody can answer (a pipe)
     */
    int run(List<String> words, Prompter prompter);

    /** The catalog in use, whose names complete. */
    Catalog catalog();

    /**
     * Reports a line the shell cannot run (an unclosed quote, {@code shell} inside the shell) the way a usage error
     * of a command is reported, and returns that exit code.
     */
    int usageError(String message);

    /** Reports that the lines cannot be read any more, as a file that cannot be read is, and returns that exit code. */
    int inputError(IOException failure);
}
