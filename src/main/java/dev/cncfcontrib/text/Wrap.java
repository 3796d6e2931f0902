package dev.cncfcontrib.text;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for sanitised prose. */
public final class Wrap {

    private Wrap() {
    }

    /** Breaks {@code text} into lines of at most {@code width} columns at spaces; 0 means no wrapping. */
    public static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (width <= 0 || TerminalText.width(paragraph) <= width) {
                lines.add(paragraph);
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && TerminalText.width(line.toString()) + 1 + TerminalText.width(word) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
