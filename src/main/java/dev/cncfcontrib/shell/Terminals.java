package dev.cncfcontrib.shell;

import dev.cncfcontrib.prompt.AccessiblePrompter;
import dev.cncfcontrib.prompt.Prompter;
import java.io.BufferedReader;
import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Opens the process's terminal the way every interactive feature needs it. */
public final class Terminals {

    private Terminals() {
    }

    /**
     * The system terminal. {@code dumb(true)} says a dumb terminal is acceptable, which keeps JLine from warning
     * "Unable to create a system terminal" when there is none; callers check {@link #isDumb} instead.
     */
    public static Terminal system() throws IOException {
        return TerminalBuilder.builder().name("cncf-contrib").system(true).dumb(true).build();
    }

    /** True for a terminal without cursor movement: no arrow-key menus there. */
    public static boolean isDumb(Terminal terminal) {
        return Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
    }

    /**
     * How to ask questions at {@code terminal}: arrow-key menus, or numbered questions on a dumb terminal, where
     * console-ui ignores arrow keys and fails at end of input.
     *
     * @param ownsTerminal close the terminal with the prompter (one opened for a command); the shell keeps its own
     */
    public static Prompter prompter(Terminal terminal, boolean ownsTerminal) {
        if (isDumb(terminal)) {
            return new AccessiblePrompter(new BufferedReader(terminal.reader()), terminal.writer(), ownsTerminal ? terminal : null);
        }
        return new JLinePrompter(terminal, ownsTerminal);
    }
}
