package dev.cncfcontrib.dco;

import dev.cncfcontrib.dco.DcoMode.Rules;
import dev.cncfcontrib.dco.DcoMode.TrailerSyntax;
import dev.cncfcontrib.git.Commit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Applies one checker's {@link DcoMode.Rules} to commits, and says in plain words why a commit fails. */
public final class DcoChecker {

    private static final String KEY = "Signed-off-by:";

    private final DcoMode mode;
    private final Rules rules;
    private final TrailerLine reader;
    /** A branch has few distinct addresses and the validators are costly regular expressions: remember verdicts. */
    private final Map<String, Boolean> validEmails = new HashMap<>();
    /** The last address asked about: consecutive commits mostly share it (and git log's reader its String). */
    private String lastEmail;
    private boolean lastEmailValid;

    public DcoChecker(DcoMode mode) {
        this.mode = mode;
        this.rules = mode.rules();
        this.reader = rules.syntax().reader();
    }

    public DcoMode mode() {
        return mode;
    }

    public List<CommitCheck> check(List<Commit> commits) {
        List<CommitCheck> checks = new ArrayList<>(commits.size());
        for (Commit commit : commits) {
            checks.add(check(commit));
        }
        return checks;
    }

    public CommitCheck check(Commit commit) {
        if (rules.skipMerges() && commit.isMerge()) {
            return new CommitCheck(commit, CommitCheck.Status.SKIPPED_MERGE);
        }
        if (rules.skipBots() && GitHubBots.isBot(commit.authorEmail())) {
            return new CommitCheck(commit, CommitCheck.Status.SKIPPED_BOT);
        }
        List<String> reasons = new ArrayList<>(1);
        boolean invalidAddress = reader != null ? checkByPattern(commit, reasons) : checkAsDcoCheck(commit, reasons);
        return new CommitCheck(commit, reasons.isEmpty() ? CommitCheck.Status.PASSED : CommitCheck.Status.FAILED, reasons,
                invalidAddress);
    }

    /** dcoapp and dco2; returns whether an address failed the checker's e-mail rule. */
    private boolean checkByPattern(Commit commit, List<String> reasons) {
        List<SignOff> signOffs = new ArrayList<>(1);
        reader.signOffs(commit.message(), signOffs);
        boolean emailsValid = checkEmails(commit, signOffs, reasons);
        if (signOffs.isEmpty()) {
            String nearMisses = nearMisses(commit);
            reasons.add(nearMisses.isEmpty() ? "no Signed-off-by line" : "no valid Signed-off-by line" + nearMisses);
        } else if (emailsValid) {
            for (SignOff signOff : signOffs) {
                if (matches(signOff, commit.authorName(), commit.authorEmail(), commit)) {
                    return false;
                }
            }
            reasons.add(mismatch(commit, signOffs));
        }
        return !emailsValid;
    }

    /** dco-check, record by record as it reads the commit; returns whether a sign-off's address was invalid. */
    private boolean checkAsDcoCheck(Commit commit, List<String> reasons) {
        DcoCheckReading.Reading reading = DcoCheckReading.of(commit);
        if (reading.crashes()) {
            reasons.add("dco-check stops with an error (IndexError) on this commit: "
                    + (reading.separated() ? "the character U+001E, its record separator, splits it into a piece of "
                    + "fewer than three lines" : "its message is empty, so its log record has no subject line"));
            return false;
        }
        if (reading.separated()) {
            reasons.add("the commit holds the character U+001E, which dco-check uses to separate commits in git's "
                    + "output: it reads only the text before it as this commit's message, and what follows as "
                    + "another commit");
        }
        boolean invalidAddress = false;
        int before = reasons.size();
        for (DcoCheckReading.Entry entry : reading.entries()) {
            invalidAddress |= checkEntry(commit, entry, reasons);
        }
        if (reading.separated() && reasons.size() == before) {
            reasons.clear(); // every piece passes: dco-check reports nothing
        }
        return invalidAddress;
    }

    private boolean checkEntry(Commit commit, DcoCheckReading.Entry entry, List<String> reasons) {
        SignOff author = nameAndEmail(entry.authorLine());
        if (author == null || author.name().isEmpty() || author.email().isEmpty()) {
            reasons.add("the commit has no author name or e-mail to match a sign-off against");
            return false;
        }
        List<String> lines = new ArrayList<>(1);
        List<SignOff> valid = new ArrayList<>(1);
        boolean invalidAddress = false;
        for (String line : entry.bodyLines()) {
            if (!line.startsWith(KEY)) {
                continue;
            }
            lines.add(line);
            SignOff signOff = nameAndEmail(DcoCheckReading.strip(line.replace(KEY, ""), ' '));
            if (signOff == null) {
                continue;
            }
            if (validEmail(signOff.email())) {
                valid.add(signOff);
            } else {
                reasons.add("the sign-off's e-mail '" + signOff.email() + "' is not a valid address");
                invalidAddress = true;
            }
        }
        if (lines.isEmpty()) {
            String nearMisses = nearMisses(commit);
            reasons.add(nearMisses.isEmpty() ? "no Signed-off-by line" : "no valid Signed-off-by line" + nearMisses);
            return false;
        }
        for (SignOff signOff : valid) {
            if (signOff.name().equals(author.name()) && signOff.email().equals(author.email())) {
                return invalidAddress;
            }
        }
        if (!valid.isEmpty()) {
            reasons.add(mismatch(commit, valid));
        } else if (invalidAddress) {
            reasons.add("no sign-off with a valid address names " + expected(commit));
        } else {
            reasons.add("the Signed-off-by line has no name and address in the form 'Name <email>'; it must name "
                    + expected(commit) + nearMisses(commit));
        }
        return invalidAddress;
    }

    /**
     * Python's {@code re.search('(.*) <(.*)>', text)} on a text without {@code \n} (Python's {@code .} takes every
     * other character, {@code \r} and U+0085 included): the name runs to the last {@code " <"} that has a
     * {@code >} after it, the address to the last {@code >}.
     */
    static SignOff nameAndEmail(String text) {
        int close = text.lastIndexOf('>');
        if (close < 0) {
            return null;
        }
        int open = text.lastIndexOf(" <", close - 2);
        if (open < 0) {
            return null;
        }
        return new SignOff(text.substring(0, open), text.substring(open + 2, close));
    }

    /** The apps' address checks; false when an address fails them (then no sign-off is compared). */
    private boolean checkEmails(Commit commit, List<SignOff> signOffs, List<String> reasons) {
        if (rules.emailScope() == DcoMode.EmailScope.AUTHOR_ELSE_COMMITTER) {
            if (signOffs.isEmpty()) {
                return true; // the app looks at the address only once it found a sign-off
            }
            String address = commit.authorEmail().isEmpty() ? commit.committerEmail() : commit.authorEmail();
            if (!validEmail(address)) {
                reasons.add("'" + address + "' is not an e-mail address " + mode.checker() + " accepts");
                return false;
            }
            return true;
        }
        boolean valid = true;
        if (!validEmail(commit.committerEmail())) {
            reasons.add("the committer's e-mail '" + commit.committerEmail() + "' is not a valid address");
            valid = false;
        }
        if (!commit.authorEmail().equals(commit.committerEmail()) && !validEmail(commit.authorEmail())) {
            reasons.add("the author's e-mail '" + commit.authorEmail() + "' is not a valid address");
            valid = false;
        }
        return valid;
    }

    private boolean validEmail(String address) {
        String key = address == null ? "" : address;
        if (key != lastEmail && !key.equals(lastEmail)) {
            Boolean known = validEmails.get(key);
            if (known == null) {
                known = rules.email().valid(key);
                validEmails.put(key, known);
            }
            lastEmail = key;
            lastEmailValid = known;
        }
        return lastEmailValid;
    }

    private boolean matches(SignOff signOff, String authorName, String authorEmail, Commit commit) {
        return switch (rules.identity()) {
            case NAME_AND_EMAIL_SEPARATELY ->
                    (sameLowerCased(signOff.name(), authorName) || sameLowerCased(signOff.name(), commit.committerName()))
                    && (sameLowerCased(signOff.email(), authorEmail)
                            || sameLowerCased(signOff.email(), commit.committerEmail()));
            case SAME_PERSON -> samePerson(signOff, authorName, authorEmail)
                    || samePerson(signOff, commit.committerName(), commit.committerEmail());
            case EXACT_AUTHOR -> signOff.name().equals(authorName) && signOff.email().equals(authorEmail);
        };
    }

    private static boolean samePerson(SignOff signOff, String name, String email) {
        return sameLowerCased(signOff.name(), name) && sameLowerCased(signOff.email(), email);
    }

    /** Equal once both are lower-cased, as the apps compare; most sign-offs are equal as they are. */
    private static boolean sameLowerCased(String a, String b) {
        return a.equals(b) || lower(a).equals(lower(b));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private String mismatch(Commit commit, List<SignOff> signOffs) {
        List<String> found = signOffs.stream().map(SignOff::toString).toList();
        return "the sign-off " + String.join(", ", found) + " does not match " + expected(commit);
    }

    private String expected(Commit commit) {
        String author = commit.authorName() + " <" + commit.authorEmail() + ">";
        String committer = commit.committerName() + " <" + commit.committerEmail() + ">";
        return switch (rules.identity()) {
            case NAME_AND_EMAIL_SEPARATELY -> "the author " + author
                    + (committer.equals(author) ? "" : " or the committer " + committer)
                    + " (name and e-mail, in any case)";
            case SAME_PERSON -> "the author " + author
                    + (committer.equals(author) ? "" : " or the committer " + committer)
                    + " (name and e-mail of the same person, in any case)";
            case EXACT_AUTHOR -> "the author exactly, " + author + " (same case; the committer does not count)";
        };
    }

    /**
     * Lines that look like a sign-off but that this checker does not read as one, and why; the lines are the
     * checker's own (for dco-check, git's), so a trailer hidden behind a character that ends lines elsewhere shows.
     */
    private String nearMisses(Commit commit) {
        String message = commit.message();
        int subjectEnd = -1;
        if (reader == null) {
            subjectEnd = DcoCheckReading.paragraphEnd(message, DcoCheckReading.skipBlankLines(message, 0));
        }
        List<String> notes = new ArrayList<>();
        int start = 0;
        while (start < message.length()) {
            int end = reader != null ? reader.lineEnd(message, start) : lineEndAtNewline(message, start);
            String line = message.substring(start, end);
            String note = nearMiss(line, start < subjectEnd, message, subjectEnd);
            if (note != null) {
                notes.add(note);
            }
            start = end + 1;
        }
        return notes.isEmpty() ? "" : ": " + String.join("; ", notes);
    }

    private static int lineEndAtNewline(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    private String nearMiss(String line, boolean inSubject, String message, int subjectEnd) {
        String stripped = line.strip();
        int inside = indexOfKeyIgnoringCase(line);
        if (inside > 0 && !stripped.regionMatches(true, 0, "signed-off-by", 0, "signed-off-by".length())) {
            char before = line.charAt(inside - 1);
            if (before == '\r' || before == '\u0085' || before == '\u2028' || before == '\u2029') {
                return "'" + line.substring(inside).strip() + "' follows " + codePoint(before) + " on the same line: "
                        + mode.checker() + " " + lineEnds() + ", so the trailer does not start a line";
            }
            return null;
        }
        if (inside < 0) {
            return null;
        }
        String why = whyNotASignOff(line, inSubject, message, subjectEnd);
        return why == null ? null : "'" + stripped + "' " + why;
    }

    private static int indexOfKeyIgnoringCase(String line) {
        for (int i = 0; i + "signed-off-by".length() <= line.length(); i++) {
            if (line.regionMatches(true, i, "signed-off-by", 0, "signed-off-by".length())) {
                return i;
            }
        }
        return -1;
    }

    private String lineEnds() {
        return switch (rules.syntax()) {
            case JAVASCRIPT_PATTERN -> "(JavaScript) ends lines only at \\n, \\r, U+2028 and U+2029";
            case RUST_PATTERN -> "(Rust's regex) ends lines only at \\n";
            case BODY_LINE_PREFIX -> "(through git) ends lines only at \\n";
        };
    }

    private String whyNotASignOff(String line, boolean inSubject, String message, int subjectEnd) {
        if (!line.equals(line.stripLeading())) {
            return "starts with spaces; the trailer must start the line";
        }
        if (rules.syntax() == TrailerSyntax.BODY_LINE_PREFIX && inSubject) {
            return "is in the subject paragraph; " + mode.checker() + " reads sign-offs only from the body, after a "
                    + "line git counts as blank" + notBlankToGit(message, subjectEnd);
        }
        if (rules.keyCaseSensitive() && !line.startsWith("Signed-off-by")) {
            return "spells the key '" + line.substring(0, "Signed-off-by".length()) + "'; " + mode.checker()
                    + " needs exactly 'Signed-off-by:'";
        }
        String rest = line.substring("Signed-off-by".length());
        if (!rest.startsWith(":")) {
            return "has no colon after 'Signed-off-by'";
        }
        int open = rest.indexOf('<');
        int close = rest.lastIndexOf('>');
        if (open < 0 || close < open) {
            return "has no e-mail address in angle brackets ('Signed-off-by: Your Name <you@example.com>')";
        }
        if (reader != null && !rest.startsWith(": ")) {
            return "needs a space after 'Signed-off-by:'";
        }
        if (!rest.contains(" <")) {
            return "needs a space between the name and '<'";
        }
        if (reader != null) {
            for (int i = close + 1; i < rest.length(); i++) {
                if (!reader.space(rest.charAt(i))) {
                    char c = rest.charAt(i);
                    return "has text after the closing '>'" + (Character.isWhitespace(c) || Character.isSpaceChar(c)
                            ? " (" + codePoint(c) + ", which " + mode.checker() + " does not count as white space)" : "");
                }
            }
        }
        return null;
    }

    /** Why the subject paragraph did not end where a reader might think: a line blank to the eye but not to git. */
    private static String notBlankToGit(String message, int subjectEnd) {
        int start = 0;
        while (start < subjectEnd) {
            int end = lineEndAtNewline(message, start);
            String line = message.substring(start, end);
            if (!line.isEmpty() && line.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                for (int i = 0; i < line.length(); i++) {
                    if (!DcoCheckReading.gitSpace(line.charAt(i))) {
                        return " (the line that looks empty holds " + codePoint(line.charAt(i))
                                + ", which git does not count as blank)";
                    }
                }
            }
            start = end + 1;
        }
        return "";
    }

    private static String codePoint(char c) {
        return switch (c) {
            case '\r' -> "\\r";
            case '\f' -> "\\f";
            case '\u000B' -> "\\v";
            default -> String.format(Locale.ROOT, "U+%04X", (int) c);
        };
    }
}
