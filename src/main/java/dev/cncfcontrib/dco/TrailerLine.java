package dev.cncfcontrib.dco;

import java.util.List;

/**
 * Reads sign-offs the way dcoapp's and dco2's pattern {@code ^Signed-off-by: (.*) <(.*)>\s*$} (multi-line,
 * case-insensitive) does in each app's own regular-expression engine, without a regular expression: checking ten
 * thousand commits should cost little more than the {@code git log} that lists them. The engines differ in three
 * ways that decide verdicts: where a line ends (for {@code ^}, {@code $} and {@code .}), what {@code \s} is, and
 * which characters match the key's letters without case. {@code TrailerLineTest} holds each to a pattern built to
 * behave like its engine.
 */
enum TrailerLine {

    /**
     * dcoapp/app, JavaScript (V8) without the {@code u} flag: lines end at {@code \n}, {@code \r}, U+2028 and U+2029
     * (not U+0085); {@code \s} also covers U+00A0, U+FEFF and the Unicode spaces; case is ignored for ASCII letters
     * only (a non-ASCII character never matches an ASCII one).
     */
    JAVASCRIPT {
        @Override
        boolean lineTerminator(char c) {
            return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
        }

        @Override
        boolean space(char c) {
            return (c >= 0x09 && c <= 0x0D) || c == ' ' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                    || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
        }

        @Override
        boolean keyLetter(char c, char lowerCaseLetter) {
            return c == lowerCaseLetter || c == lowerCaseLetter - ('a' - 'A');
        }
    },

    /**
     * cncf/dco2, Rust's {@code regex} crate: lines end at {@code \n} only, so {@code \r} and U+0085 belong to the
     * line; {@code \s} is Unicode White_Space (U+0085 and U+00A0 included, U+FEFF not); case is ignored by simple
     * case folding, so the long s (U+017F) matches {@code s}.
     */
    RUST {
        @Override
        boolean lineTerminator(char c) {
            return c == '\n';
        }

        @Override
        boolean space(char c) {
            return EmailRules.RustText.whitespace(c);
        }

        @Override
        boolean keyLetter(char c, char lowerCaseLetter) {
            return c == lowerCaseLetter || c == lowerCaseLetter - ('a' - 'A') || (lowerCaseLetter == 's' && c == '\u017F');
        }
    };

    private static final String KEY = "signed-off-by: ";

    abstract boolean lineTerminator(char c);

    /** The engine's {@code \s}. */
    abstract boolean space(char c);

    /** Whether {@code c} matches {@code lowerCaseLetter} of the key when case is ignored. */
    abstract boolean keyLetter(char c, char lowerCaseLetter);

    /** Adds every sign-off of {@code message} to {@code found}, in order. */
    void signOffs(String message, List<SignOff> found) {
        int start = 0;
        int length = message.length();
        // most messages end lines with \n only; then String.indexOf finds the line ends
        boolean newlinesOnly = this == RUST || onlyNewlines(message);
        while (start <= length) {
            int end = newlinesOnly ? message.indexOf('\n', start) : lineEnd(message, start);
            if (end < 0) {
                end = length;
            }
            SignOff signOff = parse(message, start, end);
            if (signOff != null) {
                found.add(signOff);
            }
            start = end + 1;
        }
    }

    /** Index of the first line terminator at or after {@code start}, or the length. */
    int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            if (lineTerminator(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    private boolean onlyNewlines(String message) {
        return message.indexOf('\r') < 0 && message.indexOf('\u2028') < 0 && message.indexOf('\u2029') < 0;
    }

    /**
     * The sign-off on {@code text[start, end)}, a line without its terminator, or null when the pattern does not
     * match there.
     */
    SignOff parse(String text, int start, int end) {
        if (end - start < KEY.length() + 3 || !keyAt(text, start)) {
            return null;
        }
        // \s*$: trailing white space is allowed after the closing bracket
        int last = end - 1;
        while (last >= start && space(text.charAt(last))) {
            last--;
        }
        if (last < start + KEY.length() || text.charAt(last) != '>') {
            return null;
        }
        // (.*) is greedy: the name runs to the last " <" before that bracket
        // (the space of " <" cannot be the key's own: the pattern needs both)
        int open = text.lastIndexOf(" <", last - 1);
        if (open < start + KEY.length()) {
            return null;
        }
        return new SignOff(text.substring(start + KEY.length(), open), text.substring(open + 2, last));
    }

    /** Whether the line at {@code start} begins with the key, case ignored as the engine ignores it. */
    boolean keyAt(String text, int start) {
        if (text.length() - start < KEY.length()) {
            return false;
        }
        for (int i = 0; i < KEY.length(); i++) {
            char k = KEY.charAt(i);
            char c = text.charAt(start + i);
            if (k >= 'a' && k <= 'z' ? !keyLetter(c, k) : c != k) {
                return false;
            }
        }
        return true;
    }
}
