package dev.cncfcontrib.dco;

/**
 * Reads one line the way dcoapp's and dco2's pattern {@code (?im)^Signed-off-by: (.*) <(.*)>\s*$} does, without a
 * regular expression: checking ten thousand commits should cost little more than the {@code git log} that lists
 * them, and a cold JVM runs regular expressions slowly. {@code TrailerLineTest} holds it to the pattern.
 */
final class TrailerLine {

    private static final String KEY = "signed-off-by: ";

    private TrailerLine() {
    }

    /**
     * The sign-off on {@code text[start, end)}, a line without its terminator, or null when the pattern does not
     * match there. The key is compared ignoring ASCII case only, as the pattern's flag does.
     */
    static SignOff parse(String text, int start, int end) {
        if (end - start < KEY.length() + 3 || !keyAt(text, start)) {
            return null;
        }
        // \s*$: trailing ASCII whitespace is allowed after the closing bracket
        int last = end - 1;
        while (last >= start && isSpace(text.charAt(last))) {
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

    private static boolean keyAt(String text, int start) {
        for (int i = 0; i < KEY.length(); i++) {
            char c = text.charAt(start + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != KEY.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Java's {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, newline, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
