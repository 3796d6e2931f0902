package dev.cncfcontrib.prompt;

import dev.cncfcontrib.text.TerminalText;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the prompters of a person at a screen share, whether they ask numbered questions ({@link AccessiblePrompter})
 * or draw menus on a terminal: how a question of several lines is split, how a typed answer with a default is
 * read, how an option is shown, and closing the terminal a prompter was opened with. Each says only how it reads a
 * line and how it offers choices.
 */
public abstract class TextPrompter implements Prompter, Closeable {

    private final Closeable owned;

    /** @param owned what to close with this prompter (a terminal opened for one command), or null */
    protected TextPrompter(Closeable owned) {
        this.owned = owned;
    }

    /**
     * Reads one typed line, trimmed.
     *
     * @param above  the lines to show first: what the person needs to see while answering
     * @param prompt the start of the line the answer is typed on
     * @throws PromptCancelledException when the input ends or the person presses Ctrl-C
     */
    protected abstract String readLine(List<String> above, String prompt);

    @Override
    public final String input(String question, String defaultValue) {
        String typed = readLine(linesAbove(question),
                lastLine(question) + (defaultValue == null ? ": " : " [" + TerminalText.line(defaultValue) + "]: "));
        return typed.isEmpty() && defaultValue != null ? defaultValue : typed;
    }

    /** The question itself: the last of its lines. */
    protected static String lastLine(String question) {
        return question.substring(question.lastIndexOf('\n') + 1);
    }

    /** The lines of a question before its last: what it shows above the question (they may carry styles). */
    protected static List<String> linesAbove(String question) {
        int last = question.lastIndexOf('\n');
        return last < 0 ? List.of() : List.of(question.substring(0, last).split("\n", -1));
    }

    /** An option as a screen shows it: one line, nothing the terminal would act on (options come from data). */
    protected static String shown(String option) {
        return TerminalText.line(option);
    }

    /** The options as a screen shows them, in their order. */
    protected static List<String> shown(List<String> options) {
        List<String> shown = new ArrayList<>(options.size());
        for (String option : options) {
            shown.add(shown(option));
        }
        return shown;
    }

    @Override
    public void close() throws IOException {
        if (owned != null) {
            owned.close();
        }
    }
}
