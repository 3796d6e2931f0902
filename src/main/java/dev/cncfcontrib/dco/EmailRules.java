package dev.cncfcontrib.dco;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The e-mail address checks the DCO checkers use, each reproduced as its checker's library applies it, quirks
 * included: a commit passes or fails on these details.
 */
public enum EmailRules {

    /**
     * npm {@code email-validator} 2.0.4 (dcoapp/app's lock file): at most 254 characters, then a pattern whose first
     * character may not be a backtick (later ones may), then a local part of at most 64 characters and domain labels
     * of at most 63.
     */
    NPM_EMAIL_VALIDATOR {
        private final Pattern tester = Pattern.compile(
                "^[-!#$%&'*+/0-9=?A-Z^_a-z{|}~](\\.?[-!#$%&'*+/0-9=?A-Z^_a-z`{|}~])*"
                        + "@[a-zA-Z0-9](-*\\.?[a-zA-Z0-9])*\\.[a-zA-Z](-?[a-zA-Z0-9])+$");

        @Override
        public boolean valid(String email) {
            // JavaScript counts UTF-16 units, as String.length() does
            if (email == null || email.isEmpty() || email.length() > 254 || !tester.matcher(email).matches()) {
                return false;
            }
            int at = email.indexOf('@'); // the pattern allows exactly one
            if (at > 64) {
                return false;
            }
            int labelStart = at + 1;
            for (int i = labelStart; i <= email.length(); i++) {
                if (i == email.length() || email.charAt(i) == '.') {
                    if (i - labelStart > 63) {
                        return false;
                    }
                    labelStart = i + 1;
                }
            }
            return true;
        }
    },

    /**
     * Rust crate {@code email_address} 0.2.9 (cncf/dco2's lock file), {@code EmailAddress::is_valid} with its default
     * options: a display form {@code Name <address>} is accepted; the address splits at its last {@code @}; lengths
     * count UTF-8 bytes (local part 64, domain 254, label 63); a label starts and ends with a Unicode letter or digit
     * and holds atext; no top-level domain is required. The crate's test for "UTF-8 non-ASCII" reads the code point's
     * value as if it were UTF-8 bytes, so in quoted local parts and domain literals almost no non-ASCII character
     * passes (in atoms, Unicode letters and digits do).
     */
    EMAIL_ADDRESS_CRATE {
        @Override
        public boolean valid(String email) {
            if (email == null) {
                return false;
            }
            String address = email;
            boolean display = false;
            int separator = email.lastIndexOf(" <");
            if (separator >= 0) {
                String right = RustText.trim(email.substring(separator + 2));
                if (!right.endsWith(">")) {
                    return false;
                }
                address = right.substring(0, right.length() - 1);
                display = !RustText.trim(email.substring(0, separator)).isEmpty();
            }
            int at = address.lastIndexOf('@');
            if (at < 0) {
                return false;
            }
            String local = address.substring(0, at);
            String domain = address.substring(at + 1);
            if (!display && local.startsWith("<")) {
                return false; // "display name was not supplied, but email starts with '<'"
            }
            return validLocalPart(local) && validDomain(domain);
        }

        private boolean validLocalPart(String local) {
            int bytes = utf8Length(local);
            if (local.isEmpty() || bytes > 64) {
                return false;
            }
            if (local.startsWith("\"") && local.endsWith("\"")) {
                return bytes > 2 && quotedContent(local.substring(1, local.length() - 1));
            }
            return dotAtom(local);
        }

        private boolean validDomain(String domain) {
            if (domain.isEmpty() || utf8Length(domain) > 254) {
                return false;
            }
            if (domain.startsWith("[") && domain.endsWith("]")) {
                return domain.length() >= 2 && domain.substring(1, domain.length() - 1).codePoints().allMatch(c ->
                        (c >= 0x21 && c <= 0x5A) || (c >= 0x5E && c <= 0x7E) || crateNonAscii(c));
            }
            for (String label : domain.split("\\.", -1)) {
                if (label.isEmpty() || !RustText.alphanumeric(label.codePointAt(0))
                        || !RustText.alphanumeric(label.codePointBefore(label.length()))
                        || utf8Length(label) > 63 || !atom(label)) {
                    return false;
                }
            }
            return true;
        }

        private boolean dotAtom(String text) {
            for (String atom : text.split("\\.", -1)) {
                if (!atom(atom)) {
                    return false;
                }
            }
            return true;
        }

        private boolean atom(String text) {
            return !text.isEmpty() && text.codePoints().allMatch(c -> RustText.alphanumeric(c)
                    || (c < 0x80 && "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0) || crateNonAscii(c));
        }

        private boolean quotedContent(String text) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (c == '\\') {
                    if (i >= text.length() || text.charAt(i) < 0x21 || text.charAt(i) > 0x7E) {
                        return false;
                    }
                    i++;
                } else if (!(c == ' ' || c == '\t' || c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E)
                        || crateNonAscii(c))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The crate's {@code is_utf8_non_ascii}: true only where the code point's value, as four big-endian bytes,
         * looks like a two-byte UTF-8 sequence ({@code 00 00 C2..DF 80..BF}); the longer forms can never match.
         */
        private boolean crateNonAscii(int c) {
            int high = (c >> 8) & 0xFF;
            int low = c & 0xFF;
            return (c >> 16) == 0 && high >= 0xC2 && high <= 0xDF && low >= 0x80 && low <= 0xBF;
        }

        private int utf8Length(String text) {
            return text.getBytes(StandardCharsets.UTF_8).length;
        }
    },

    /**
     * cncf/dco2's {@code is_valid_email}: an address ending in {@code [bot]@users.noreply.github.com} (exactly
     * that case) is valid although brackets are not atext; any other goes to {@link #EMAIL_ADDRESS_CRATE}.
     */
    DCO2 {
        @Override
        public boolean valid(String email) {
            return email != null && (email.endsWith("[bot]@users.noreply.github.com") || EMAIL_ADDRESS_CRATE.valid(email));
        }
    },

    /**
     * dco-check 0.5.1's {@code re.match(r'^\S+@\S+\.\S+', email)}: anchored at the start only, with Python's
     * Unicode {@code \s}, which also counts U+001C to U+001F, U+0085 and the Unicode spaces.
     */
    SIMPLE {
        private final Pattern simple = Pattern.compile("^" + NOT_PY_SPACE + "+@" + NOT_PY_SPACE + "+\\." + NOT_PY_SPACE + "+");

        @Override
        public boolean valid(String email) {
            return email != null && simple.matcher(email).lookingAt();
        }
    };

    /** The complement of Python 3's {@code str.isspace()} set, which its {@code re} module uses for {@code \s}. */
    private static final String NOT_PY_SPACE =
            "[^\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

    public abstract boolean valid(String email);

    /** Character classes as Rust's standard library defines them. */
    static final class RustText {

        private RustText() {
        }

        /** {@code char::is_whitespace}: the Unicode White_Space property. */
        static boolean whitespace(int c) {
            return (c >= 0x09 && c <= 0x0D) || c == ' ' || c == 0x85 || c == 0xA0 || c == 0x1680
                    || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                    || c == 0x3000;
        }

        /** {@code char::is_alphanumeric}: Alphabetic, or a number (Nd, Nl, No). */
        static boolean alphanumeric(int c) {
            if (Character.isAlphabetic(c)) {
                return true;
            }
            int type = Character.getType(c);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }

        /** {@code str::trim}. */
        static String trim(String text) {
            int start = 0;
            int end = text.length();
            while (start < end && whitespace(text.codePointAt(start))) {
                start += Character.charCount(text.codePointAt(start));
            }
            while (end > start && whitespace(text.codePointBefore(end))) {
                end -= Character.charCount(text.codePointBefore(end));
            }
            return text.substring(start, end);
        }
    }
}
