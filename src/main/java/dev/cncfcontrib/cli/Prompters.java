package dev.cncfcontrib.cli;

import dev.cncfcontrib.prompt.AccessiblePrompter;
import dev.cncfcontrib.prompt.Prompter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Chooses how a command asks questions, or that it must not ask any. */
public final class Prompters {

    /** Any non-empty value other than 0 asks plain numbered questions, like {@code --accessible}. */
    public static final String ACCESSIBLE_ENV = "CNCF_CONTRIB_ACCESSIBLE";

    private Prompters() {
    }

    /**
     * The prompter for this run, or null when questions are off: {@code --no-input}, or no terminal and no
     * {@code --accessible}. Accessible mode reads numbered answers from stdin even from a pipe (scripts). Otherwise
     * a replaced prompter (tests, the shell's terminal) or arrow-key menus on the system terminal, falling back to
     * numbered questions on a dumb terminal.
     */
    public static Prompter choose(Context context, boolean accessible) {
        if (context.noInput()) {
            return null;
        }
        String fromEnv = context.env(ACCESSIBLE_ENV);
        if (accessible || fromEnv != null && !fromEnv.isEmpty() && !fromEnv.equals("0")) {
            return new AccessiblePrompter(new BufferedReader(new InputStreamReader(context.stdin(), StandardCharsets.UTF_8)), context.io().out());
        }
        if (!context.io().terminal()) {
            return null;
        }
        if (context.replacedPrompter() != null) {
            return context.replacedPrompter();
        }
        // a separate class, so that commands that never prompt never load JLine
        return SystemTerminalPrompter.open(context);
    }
}
