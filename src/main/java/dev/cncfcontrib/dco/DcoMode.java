package dev.cncfcontrib.dco;

import dev.cncfcontrib.catalog.Identified;

/**
 * The DCO checkers whose verdict {@code check dco} predicts, each with its rules as a row of the table in
 * peers-and-dco-rules.md section (b). The differences matter: a commit can pass one checker and fail another.
 */
public enum DcoMode implements Identified {

    /** dcoapp/app {@code lib/dco.js}: the GitHub App most CNCF projects run. */
    DCOAPP("the DCO GitHub App (dcoapp/app)", new Rules(
            TrailerSyntax.JAVASCRIPT_PATTERN,
            Identity.NAME_AND_EMAIL_SEPARATELY,
            EmailScope.AUTHOR_ELSE_COMMITTER, EmailRules.NPM_EMAIL_VALIDATOR,
            true, true)),

    /** cncf/dco2 {@code dco2/src/dco/check/mod.rs}: the CNCF's drop-in replacement for the app. */
    DCO2("cncf/dco2", new Rules(
            TrailerSyntax.RUST_PATTERN,
            Identity.SAME_PERSON,
            EmailScope.AUTHOR_AND_COMMITTER, EmailRules.DCO2,
            true, true)),

    /** christophebedard/dco-check {@code dco_check.py} 0.5.1, plain-git mode: the command-line and CI checker. */
    DCO_CHECK("dco-check (christophebedard/dco-check)", new Rules(
            TrailerSyntax.BODY_LINE_PREFIX,
            Identity.EXACT_AUTHOR,
            EmailScope.SIGN_OFFS, EmailRules.SIMPLE,
            true, false));

    /** Where and how a checker finds the trailer. */
    public enum TrailerSyntax {
        /**
         * dcoapp: {@code /^Signed-off-by: (.*) <(.*)>\s*$/gim} over the whole message, subject included, with
         * JavaScript's line ends, white space and case rules ({@link TrailerLine#JAVASCRIPT}).
         */
        JAVASCRIPT_PATTERN,
        /** dco2: {@code (?mi)^Signed-off-by: (.*) <(.*)>\s*$} with Rust's {@code regex} rules ({@link TrailerLine#RUST}). */
        RUST_PATTERN,
        /**
         * dco-check: body lines, as git separates the body ({@link DcoCheckReading}), starting with exactly
         * {@code Signed-off-by:}; the key is removed wherever it occurs, spaces stripped, and the rest searched (not
         * anchored) for {@code (.*) <(.*)>}.
         */
        BODY_LINE_PREFIX;

        /** The apps' reader, null for dco-check. */
        TrailerLine reader() {
            return switch (this) {
                case JAVASCRIPT_PATTERN -> TrailerLine.JAVASCRIPT;
                case RUST_PATTERN -> TrailerLine.RUST;
                case BODY_LINE_PREFIX -> null;
            };
        }
    }

    /** Whose identity a sign-off must name. */
    public enum Identity {
        /** The name is one of {author, committer} names and the e-mail one of their e-mails, lower-cased, separately. */
        NAME_AND_EMAIL_SEPARATELY,
        /** Name and e-mail of the same person, author or committer, lower-cased. */
        SAME_PERSON,
        /** Exactly the author's name and e-mail, case-sensitive; the committer does not count. */
        EXACT_AUTHOR
    }

    /** Which addresses the e-mail check looks at. */
    public enum EmailScope {
        /** The author's e-mail, or the committer's when the author has none; only when a sign-off was found. */
        AUTHOR_ELSE_COMMITTER,
        /** The committer's e-mail, and the author's when it differs. */
        AUTHOR_AND_COMMITTER,
        /** The e-mail of every sign-off found. */
        SIGN_OFFS
    }

    /**
     * One checker's rules.
     *
     * @param skipMerges commits with more than one parent are not checked
     * @param skipBots   commits whose author address belongs to a GitHub Bot account ({@link GitHubBots}) are not
     *                   checked
     */
    public record Rules(TrailerSyntax syntax, Identity identity, EmailScope emailScope, EmailRules email,
                        boolean skipMerges, boolean skipBots) {

        /** dco-check needs exactly {@code Signed-off-by:}; the apps ignore case. */
        public boolean keyCaseSensitive() {
            return syntax == TrailerSyntax.BODY_LINE_PREFIX;
        }
    }

    private final String checker;
    private final Rules rules;

    DcoMode(String checker, Rules rules) {
        this.checker = checker;
        this.rules = rules;
    }

    /** The checker's name as a person would recognise it. */
    public String checker() {
        return checker;
    }

    public Rules rules() {
        return rules;
    }
}
