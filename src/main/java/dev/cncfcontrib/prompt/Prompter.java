package dev.cncfcontrib.prompt;

import java.util.List;

/**
 * Asks the person a question. Commands never read the keyboard themselves: production uses a terminal
 * implementation or the plain numbered one ({@code --accessible}); tests use a scripted one. Every method throws
 * {@link PromptCancelledException} when the person presses Ctrl-C or closes the input. A question may have several
 * lines: the last is the question itself, the lines before it are what the person needs to see while answering.
 * Questions are the caller's text, already made safe for the terminal (they may carry its styles); options are
 * sanitised by the prompter.
 */
public interface Prompter {

    /** The index of the chosen option. */
    int selectOne(String question, List<String> options, int defaultIndex);

    /** The indexes of the chosen options, in order; possibly none. */
    List<Integer> selectMany(String question, List<String> options);

    boolean confirm(String question, boolean defaultAnswer);

    /** The typed text, or {@code defaultValue} when the person just presses Enter. */
    String input(String question, String defaultValue);
}
