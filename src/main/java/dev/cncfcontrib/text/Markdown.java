package dev.cncfcontrib.text;

import java.util.List;

/** GitHub-flavoured Markdown pieces, with text sanitised and Markdown syntax characters escaped. */
public final class Markdown {

    private Markdown() {
    }

    /** Escapes text so that it renders literally, also inside a table cell. */
    public static String text(String raw) {
        String clean = TerminalText.line(raw);
        StringBuilder out = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A link whose URL is kept only if it is http or https; anything else is shown as escaped text. */
    public static String link(String label, String url) {
        if (url == null) {
            return text(label);
        }
        String clean = TerminalText.line(url);
        if (!(clean.startsWith("https://") || clean.startsWith("http://")) || clean.contains(" ")) {
            return text(label) + " (" + text(clean) + ")";
        }
        return "[" + text(label) + "](" + clean.replace("(", "%28").replace(")", "%29") + ")";
    }

    public static String tableRow(List<String> escapedCells) {
        return "| " + String.join(" | ", escapedCells) + " |\n";
    }

    public static String tableRule(int columns) {
        return "|" + " --- |".repeat(columns) + "\n";
    }
}
