package dev.cncfcontrib.prompt;

import dev.cncfcontrib.text.TerminalText;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain numbered questions, one answer per line: no cursor movement, no redrawing, nothing a screen reader would
 * read twice. Also the way to answer the wizard from a script ({@code --accessible}). The end of the input cancels.
 */
public final class AccessiblePrompter extends TextPrompter {

    private final BufferedReader in;
    private final PrintWriter out;

    public AccessiblePrompter(BufferedReader in, PrintWriter out) {
        this(in, out, null);
    }

    /** @param owned what to close with this prompter (a dumb terminal opened for one command), or null */
    public AccessiblePrompter(BufferedReader in, PrintWriter out, Closeable owned) {
        super(owned);
        this.in = in;
        this.out = out;
    }

    @Override
    public int selectOne(String question, List<String> options, int defaultIndex) {
        out.println(question);
        printOptions(options, defaultIndex);
        while (true) {
            String answer = ask("Type a number and press Enter" + (defaultIndex >= 0 ? " [" + (defaultIndex + 1) + "]" : "") + ": ");
            if (answer.isEmpty() && defaultIndex >= 0) {
                return defaultIndex;
            }
            Integer number = number(answer, options.size());
            if (number != null) {
                return number;
            }
            out.println("Please type a number from 1 to " + options.size() + ".");
        }
    }

    @Override
    public List<Integer> selectMany(String question, List<String> options) {
        out.println(question);
        printOptions(options, -1);
        while (true) {
            String answer = ask("Type numbers separated by spaces or commas, or just Enter for none: ");
            List<Integer> chosen = new ArrayList<>();
            boolean valid = true;
            for (String part : answer.split("[,\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                Integer number = number(part, options.size());
                if (number == null) {
                    valid = false;
                    break;
                }
                if (!chosen.contains(number)) {
                    chosen.add(number);
                }
            }
            if (valid) {
                return chosen;
            }
            out.println("Please type numbers from 1 to " + options.size() + ".");
        }
    }

    /**
     * A typed filter, then numbers: the person types part of a name to narrow the list (or just Enter), then picks by
     * number from the numbered matches, shown a screen at a time; more text narrows again, Enter shows the next screen.
     */
    @Override
    public int selectOneOfMany(String question, List<String> options) {
        out.println(question);
        String filter = "";
        if (options.size() > OptionFilter.SCREEN) {
            filter = ask("There are " + options.size() + " choices, best first. Type part of a name to narrow them, or just"
                    + " Enter to list them " + OptionFilter.SCREEN + " at a time: ");
        }
        int from = 0;
        while (true) {
            List<Integer> matches = OptionFilter.matching(options, filter);
            if (matches.isEmpty()) {
                out.println("Nothing matches '" + TerminalText.line(filter) + "'.");
                filter = ask("Type part of a name, or just Enter for the whole list: ");
                from = 0;
                continue;
            }
            if (from >= matches.size()) {
                from = 0;
            }
            int to = Math.min(from + OptionFilter.SCREEN, matches.size());
            if (!filter.isEmpty() || matches.size() > OptionFilter.SCREEN) {
                out.println((filter.isEmpty() ? "" : matches.size() + " match '" + TerminalText.line(filter) + "'")
                        + (matches.size() > OptionFilter.SCREEN ? (filter.isEmpty() ? "" : "; ") + "showing " + (from + 1) + " to " + to
                        + " of " + matches.size() : "") + ":");
            }
            for (int i = from; i < to; i++) {
                out.println("  " + (i + 1) + ". " + shown(options.get(matches.get(i))));
            }
            boolean more = to < matches.size();
            String answer = ask("Type a number" + (more ? ", just Enter for the next " + Math.min(OptionFilter.SCREEN, matches.size() - to)
                    : "") + ", or part of a name to narrow the list" + (filter.isEmpty() ? "" : " ('*' for all)") + ": ");
            Integer number = number(answer, matches.size());
            if (number != null) {
                return matches.get(number);
            }
            if (answer.isEmpty()) {
                from = more ? to : 0;
            } else if (answer.equals("*")) {
                filter = "";
                from = 0;
            } else {
                filter = answer;
                from = 0;
            }
        }
    }

    @Override
    public boolean confirm(String question, boolean defaultAnswer) {
        while (true) {
            String answer = ask(question + (defaultAnswer ? " (Y/n): " : " (y/N): "))
                    .toLowerCase(Locale.ROOT);
            if (answer.isEmpty()) {
                return defaultAnswer;
            }
            if (answer.equals("y") || answer.equals("yes")) {
                return true;
            }
            if (answer.equals("n") || answer.equals("no")) {
                return false;
            }
            out.println("Please answer yes or no.");
        }
    }

    @Override
    protected String readLine(List<String> above, String prompt) {
        for (String line : above) {
            out.println(line);
        }
        return ask(prompt);
    }

    private void printOptions(List<String> options, int defaultIndex) {
        for (int i = 0; i < options.size(); i++) {
            out.println("  " + (i + 1) + ". " + shown(options.get(i)) + (i == defaultIndex ? " (default)" : ""));
        }
    }

    private String ask(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                out.println();
                out.flush();
                throw new PromptCancelledException("the input ended before the question was answered");
            }
            return line.trim();
        } catch (IOException e) {
            // a closed or broken stdin is an input that ended: the same cancellation, not a crash
            out.println();
            out.flush();
            throw new PromptCancelledException("the input could not be read (" + e.getMessage() + ")");
        }
    }

    private static Integer number(String text, int count) {
        try {
            int number = Integer.parseInt(text.trim());
            return number >= 1 && number <= count ? number - 1 : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
