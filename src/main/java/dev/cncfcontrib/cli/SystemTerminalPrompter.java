package dev.cncfcontrib.cli;

import dev.cncfcontrib.prompt.AccessiblePrompter;
import dev.cncfcontrib.prompt.Prompter;
import dev.cncfcontrib.shell.JLinePrompter;
import dev.cncfcontrib.shell.Terminals;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jline.terminal.Terminal;

/** Opens the system terminal for prompts: menus on a real terminal, numbered questions on a dumb one. */
final class SystemTerminalPrompter {

    private SystemTerminalPrompter() {
    }

    static Prompter open(Context context) {
        Terminal terminal;
        try {
            terminal = Terminals.system();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
        }
        if (Terminals.isDumb(terminal)) {
            // console-ui ignores arrow keys and fails at end of input there
            return new AccessiblePrompter(new BufferedReader(terminal.reader()), terminal.writer());
        }
        return new JLinePrompter(terminal, true);
    }
}
