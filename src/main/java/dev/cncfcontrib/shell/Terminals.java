package dev.cncfcontrib.shell;

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
}
