package dev.cncfcontrib.dco;

import dev.cncfcontrib.catalog.Identified;
import java.util.regex.Pattern;

/**
 * The DCO checkers whose verdict {@code check dco} predicts, each with its rules as a row of the table in
 * peers-and-dco-rules.md section (b). The differences matter: a commit can pass one checker and fail another.
 */
public enum DcoMode implements Identified {

    /** dcoapp/app {@code lib/dco.js}: the GitHub App most CNCF projects run. */
    DCOAPP("dcoapp", "the DCO GitHub App (dcoapp/app)", new Rules(
            TrailerSyntax.ANYWHERE_IN_MESSAGE,
            Pattern.compile("^Signed-off-by: (.*) <(.*)>\\s*$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE),
            false,
            Identity.NAME_AND_EMAIL_SEPARATELY,
            EmailScope.AUTHOR_ELSE_COMMITTER, EmailRules.NPM_EMAIL_VALIDATOR,
            true, true)),

    /** cncf/dco2 {@code dco2/src/dco/check/mod.rs}: the CNCF's drop-in replacement for the app. */
    DCO2("dco2", "cncf/dco2", new Rules(
            TrailerSyntax.ANYWHERE_IN_MESSAGE,
            Pattern.compile("^Signed-off-by: (.*) <(.*)>\\s*$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE),
            false,
            Identity.SAME_PERSON,
            EmailScope.AUTHOR_AND_COMMITTER, EmailRules.RFC_EMAIL_ADDRESS,
            true, true)),

    /** christophebedard/dco-check {@code dco_check.py}: the command-line and CI checker. */
    DCO_CHECK("dco-check", "dco-check (christophebedard/dco-check)", new Rules(
            TrailerSyntax.BODY_LINE_PREFIX,
            Pattern.compile("(.*) <(.*)>"),
            true,
            Identity.EXACT_AUTHOR,
            EmailScope.SIGN_OFFS, EmailRules.SIMPLE,
            true, false));

    /** Where a checker looks for the trailer. */
    public enum TrailerSyntax {
        /** A multi-line regular expression over the whole message, subject included. */
        ANYWHERE_IN_MESSAGE,
        /**
         * Body lines (the subject paragraph excluded) starting with exactly {@code Signed-off-by:}; the rest, spaces
         * stripped, is searched (not anchored) for {@code (.*) <(.*)>}.
         */
        BODY_LINE_PREFIX
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
     * @param keyCaseSensitive whether {@code signed-off-by:} in another case counts as the trailer
     * @param skipMerges       commits with more than one parent are not checked
     * @param skipBots         commits by GitHub bots ({@code [bot]} authors) are not checked
     */
    public record Rules(TrailerSyntax syntax, Pattern trailer, boolean keyCaseSensitive, Identity identity,
                        EmailScope emailScope, EmailRules email, boolean skipMerges, boolean skipBots) {
    }

    private final String id;
    private final String checker;
    private final Rules rules;

    DcoMode(String id, String checker, Rules rules) {
        this.id = id;
        this.checker = checker;
        this.rules = rules;
    }

    @Override
    public String id() {
        return id;
    }

    /** The checker's name as a person would recognise it. */
    public String checker() {
        return checker;
    }

    public Rules rules() {
        return rules;
    }
}
