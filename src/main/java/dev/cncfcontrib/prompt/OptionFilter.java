package dev.cncfcontrib.prompt;

import dev.cncfcontrib.text.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Narrows a long list of choices to those matching what the person typed: every word typed must appear in the
 * choice, in any case ("tele" finds OpenTelemetry, "open pol" Open Policy Agent). Choices that begin with the text
 * come first, then those with a word that begins with it, then the rest, each group in the list's own order (which
 * is the ranking the caller chose). Every prompter filters the same way.
 */
public final class OptionFilter {

    /** How many choices a screen shows at once: the accessible prompter's page and the scripted prompter's "first screen". */
    public static final int SCREEN = 10;

    private OptionFilter() {
    }

    /** The indexes of the options that match {@code typed}, best first; all of them, in order, for blank text. */
    public static List<Integer> matching(List<String> options, String typed) {
        String wanted = normalise(typed == null ? "" : typed);
        List<Integer> all = new ArrayList<>();
        if (wanted.isEmpty()) {
            for (int i = 0; i < options.size(); i++) {
                all.add(i);
            }
            return all;
        }
        String[] words = wanted.split(" ");
        List<Integer> starting = new ArrayList<>();
        List<Integer> wordStart = new ArrayList<>();
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String option = normalise(TerminalText.line(options.get(i)));
            boolean every = true;
            for (String word : words) {
                if (!option.contains(word)) {
                    every = false;
                    break;
                }
            }
            if (!every) {
                continue;
            }
            if (option.startsWith(wanted)) {
                starting.add(i);
            } else if (option.contains(" " + words[0]) || option.contains("(" + words[0])) {
                wordStart.add(i);
            } else {
                inside.add(i);
            }
        }
        all.addAll(starting);
        all.addAll(wordStart);
        all.addAll(inside);
        return all;
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
    }
}
