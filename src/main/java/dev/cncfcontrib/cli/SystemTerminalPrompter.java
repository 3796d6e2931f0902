package dev.cncfcontrib.cli;

import dev.cncfcontrib.prompt.Prompter;
import dev.cncfcontrib.shell.Terminals;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Opens the system terminal for one command's questions: the only class of {@link Context} that loads JLine. */
final class SystemTerminalPrompter {

    private SystemTerminalPrompter() {
    }

    /** Menus on a real terminal, numbered questions on a dumb one; the prompter closes the terminal it opened. */
    static Prompter open() {
        try {
            return Terminals.prompter(Terminals.system(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
        }
    }
}
