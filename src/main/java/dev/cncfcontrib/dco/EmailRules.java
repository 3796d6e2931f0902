package dev.cncfcontrib.dco;

import java.util.regex.Pattern;

/** The e-mail address checks the DCO checkers use, each reproduced as its checker applies it. */
public enum EmailRules {

    /**
     * npm {@code email-validator} (used by dcoapp/app): ASCII dot-atom local part of at most 64 characters, a
     * domain of at most 255 with labels of at most 63 and a top-level label of two or more characters.
     */
    NPM_EMAIL_VALIDATOR {
        private final Pattern tester = Pattern.compile(
                "^[-!#$%&'*+/0-9=?A-Z^_a-z`{|}~](\\.?[-!#$%&'*+/0-9=?A-Z^_a-z`{|}~])*"
                        + "@[a-zA-Z0-9](-*\\.?[a-zA-Z0-9])*\\.[a-zA-Z](-?[a-zA-Z0-9])+$");

        @Override
        public boolean valid(String email) {
            if (email == null || email.isEmpty()) {
                return false;
            }
            String[] parts = email.split("@", -1);
            if (parts.length != 2 || parts[0].length() > 64 || parts[1].length() > 255) {
                return false;
            }
            for (String label : parts[1].split("\\.", -1)) {
                if (label.length() > 63) {
                    return false;
                }
            }
            return tester.matcher(email).matches();
        }
    },

    /**
     * Rust {@code email_address::EmailAddress::is_valid} (used by cncf/dco2): an RFC 5322 dot-atom or quoted local
     * part (UTF-8 allowed) of at most 64 characters, a domain of dot-separated labels (UTF-8 allowed, no leading or
     * trailing hyphen, at most 63 each, no top-level requirement) or an address literal in brackets.
     */
    RFC_EMAIL_ADDRESS {
        private final Pattern dotAtom = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\x{80}-\\x{10FFFF}-]+"
                + "(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\x{80}-\\x{10FFFF}-]+)*");
        private final Pattern quoted = Pattern.compile("\"([\\x{20}\\x{21}\\x{23}-\\x{5b}\\x{5d}-\\x{7e}\\x{80}-\\x{10FFFF}]|\\\\[\\x{20}-\\x{7e}])*\"");
        private final Pattern label = Pattern.compile("[A-Za-z0-9\\x{80}-\\x{10FFFF}]([A-Za-z0-9\\x{80}-\\x{10FFFF}-]*[A-Za-z0-9\\x{80}-\\x{10FFFF}])?");
        private final Pattern literal = Pattern.compile("\\[[\\x{21}-\\x{5a}\\x{5e}-\\x{7e}]*\\]");

        @Override
        public boolean valid(String email) {
            if (email == null) {
                return false;
            }
            if (email.endsWith("[bot]@users.noreply.github.com")) {
                return true; // dco2 lets GitHub App bots through although brackets are not valid in a dot-atom
            }
            int at = email.lastIndexOf('@');
            if (at <= 0 || at == email.length() - 1) {
                return false;
            }
            String local = email.substring(0, at);
            String domain = email.substring(at + 1);
            if (local.length() > 64 || domain.length() > 254) {
                return false;
            }
            if (!dotAtom.matcher(local).matches() && !quoted.matcher(local).matches()) {
                return false;
            }
            if (literal.matcher(domain).matches()) {
                return true;
            }
            for (String part : domain.split("\\.", -1)) {
                if (part.length() > 63 || !label.matcher(part).matches()) {
                    return false;
                }
            }
            return true;
        }
    },

    /** dco-check's {@code ^\S+@\S+\.\S+}, applied with Python's {@code re.match} (anchored at the start only). */
    SIMPLE {
        private final Pattern simple = Pattern.compile("^\\S+@\\S+\\.\\S+");

        @Override
        public boolean valid(String email) {
            return email != null && simple.matcher(email).lookingAt();
        }
    };

    public abstract boolean valid(String email);
}
