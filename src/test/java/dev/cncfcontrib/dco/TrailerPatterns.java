package dev.cncfcontrib.dco;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The apps' pattern {@code ^Signed-off-by: (.*) <(.*)>\s*$} rewritten for Java's engine so that it behaves like
 * each app's engine on one line (a line holds none of that engine's line terminators): the key's letters as the
 * engine folds case, its {@code \s} spelled out, {@code .} taking every character, {@code \z} for the end (Java's
 * {@code $} would also match before a final U+0085). The hand-written {@link TrailerLine} is tested against these.
 */
final class TrailerPatterns {

    static final Pattern JAVASCRIPT = Pattern.compile(
            "[Ss][Ii][Gg][Nn][Ee][Dd]-[Oo][Ff][Ff]-[Bb][Yy]: (.*) <(.*)>"
                    + "[\\t\\n\\x0B\\f\\r \\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]*\\z",
            Pattern.DOTALL);

    static final Pattern RUST = Pattern.compile(
            "[Ss\\u017F][Ii][Gg][Nn][Ee][Dd]-[Oo][Ff][Ff]-[Bb][Yy]: (.*) <(.*)>"
                    + "[\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*\\z",
            Pattern.DOTALL);

    private TrailerPatterns() {
    }

    static Pattern of(TrailerLine reader) {
        return reader == TrailerLine.JAVASCRIPT ? JAVASCRIPT : RUST;
    }

    /** "name|email" of every sign-off in {@code message}, the lines split as the engine splits them. */
    static List<String> byPattern(TrailerLine reader, String message) {
        List<String> found = new ArrayList<>();
        int start = 0;
        while (start <= message.length()) {
            int end = reader.lineEnd(message, start);
            Matcher matcher = of(reader).matcher(message.substring(start, end));
            if (matcher.lookingAt()) {
                found.add(matcher.group(1) + "|" + matcher.group(2));
            }
            start = end + 1;
        }
        return found;
    }

    static List<String> byHand(TrailerLine reader, String message) {
        List<SignOff> signOffs = new ArrayList<>();
        reader.signOffs(message, signOffs);
        return signOffs.stream().map(s -> s.name() + "|" + s.email()).toList();
    }
}
