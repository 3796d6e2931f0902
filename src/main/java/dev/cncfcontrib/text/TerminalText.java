package dev.cncfcontrib.text;

/**
 * Makes text from a catalog, the network or git safe to print on a terminal. Control characters, escape
 * sequences (colour, cursor movement, OSC 8 hyperlinks, window titles) and bidirectional overrides are shown
 * as visible escapes such as {@code \x1b} or {@code \u202e}, never passed through for the terminal to obey.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /**
     * Sanitises a single-line value: newlines, carriage returns and tabs become spaces, so that a table cell stays
     * one line and no text can overwrite what was printed before it on the line.
     */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        if (isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (isUnsafe(cp)) {
                appendEscape(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** True for characters a terminal would interpret rather than display. */
    public static boolean isUnsafe(int cp) {
        return cp < 0x20 || cp == 0x7f || cp >= 0x80 && cp <= 0x9f // C0, DEL and C1 controls (0x9b is a CSI)
                || cp == 0x061c || cp == 0x200e || cp == 0x200f // bidi marks
                || cp >= 0x202a && cp <= 0x202e // bidi embeddings and overrides
                || cp >= 0x2066 && cp <= 0x2069 // bidi isolates
                || cp == 0x2028 || cp == 0x2029 // line and paragraph separators
                || cp >= 0xd800 && cp <= 0xdfff // a lone surrogate
                || cp == 0xfeff;
    }

    private static void appendEscape(StringBuilder out, int cp) {
        if (cp <= 0xff) {
            out.append("\\x").append(Character.forDigit(cp >> 4, 16)).append(Character.forDigit(cp & 0xf, 16));
        } else {
            String hex = Integer.toHexString(cp);
            out.append("\\u");
            for (int pad = hex.length(); pad < 4; pad++) {
                out.append('0');
            }
            out.append(hex);
        }
    }

    /** Columns the (already sanitised) text takes on a terminal: wide East Asian characters take two, marks none. */
    public static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += columns(cp);
        }
        return width;
    }

    private static int columns(int cp) {
        if (cp < 0x300) {
            return 1;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = cp >= 0x1100 && cp <= 0x115f || cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f
                || cp >= 0xac00 && cp <= 0xd7a3 || cp >= 0xf900 && cp <= 0xfaff || cp >= 0xfe30 && cp <= 0xfe4f
                || cp >= 0xff00 && cp <= 0xff60 || cp >= 0xffe0 && cp <= 0xffe6
                || cp >= 0x1f300 && cp <= 0x1f64f || cp >= 0x1f900 && cp <= 0x1f9ff
                || cp >= 0x20000 && cp <= 0x3fffd;
        return wide ? 2 : 1;
    }

    /** Cuts sanitised text to at most {@code max} columns, ending with an ellipsis when cut. */
    public static String truncate(String text, int max) {
        if (width(text) <= max) {
            return text;
        }
        if (max <= 1) {
            return max == 1 ? "…" : "";
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = columns(cp);
            if (used + w > max - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }
}
