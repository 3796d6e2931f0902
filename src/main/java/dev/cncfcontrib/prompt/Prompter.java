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

    /**
     * The index of one option of a list too long for one screen (the wizard's projects): every option can be
     * chosen, by typing part of it to narrow the list ({@link OptionFilter}) or by paging through it. Options come
     * best first. This default pages with {@link #selectOne} and asks for the text to filter with {@link #input};
     * prompters that can do better (a list that narrows as one types) override it.
     */
    default int selectOneOfMany(String question, List<String> options) {
        String filter = "";
        int page = 0;
        while (true) {
            List<Integer> matches = OptionFilter.matching(options, filter);
            if (matches.isEmpty()) {
                filter = input("Nothing matches '" + dev.cncfcontrib.text.TerminalText.line(filter) + "'. Type part of a name (just Enter: the whole list)", "");
                page = 0;
                continue;
            }
            int from = page * OptionFilter.SCREEN < matches.size() ? page * OptionFilter.SCREEN : 0;
            page = from / OptionFilter.SCREEN;
            List<Integer> shown = matches.subList(from, Math.min(from + OptionFilter.SCREEN, matches.size()));
            List<String> labels = new java.util.ArrayList<>();
            for (int index : shown) {
                labels.add(options.get(index));
            }
            int more = from + shown.size() < matches.size() ? labels.size() : -1;
            if (more >= 0) {
                labels.add("… next " + Math.min(OptionFilter.SCREEN, matches.size() - from - shown.size()) + " of "
                        + (matches.size() - from - shown.size()) + " more");
            }
            int type = labels.size();
            labels.add("… type part of a name to narrow the list");
            int all = filter.isEmpty() ? -1 : labels.size();
            if (all >= 0) {
                labels.add("… the whole list again");
            }
            String position = matches.size() <= OptionFilter.SCREEN ? ""
                    : " (" + (from + 1) + "-" + (from + shown.size()) + " of " + matches.size() + ")";
            int picked = selectOne(question + position, labels, 0);
            if (picked < shown.size()) {
                return shown.get(picked);
            } else if (picked == more) {
                page++;
            } else if (picked == type) {
                filter = input("Type part of a name", "");
                page = 0;
            } else if (picked == all) {
                filter = "";
                page = 0;
            }
        }
    }
}
