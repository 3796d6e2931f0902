package dev.cncfcontrib.dco;

import dev.cncfcontrib.dco.DcoMode.Rules;
import dev.cncfcontrib.dco.DcoMode.TrailerSyntax;
import dev.cncfcontrib.git.Commit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/** Applies one checker's {@link DcoMode.Rules} to commits, and says in plain words why a commit fails. */
public final class DcoChecker {

    private static final String KEY = "Signed-off-by:";
    private static final String BOT_EMAIL_SUFFIX = "[bot]@users.noreply.github.com";

    private final DcoMode mode;
    private final Rules rules;
    /** A branch has few distinct addresses and the validators are costly regular expressions: remember verdicts. */
    private final Map<String, Boolean> validEmails = new HashMap<>();

    public DcoChecker(DcoMode mode) {
        this.mode = mode;
        this.rules = mode.rules();
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
        if (rules.skipBots() && isBot(commit)) {
            return new CommitCheck(commit, CommitCheck.Status.SKIPPED_BOT);
        }
        List<String> reasons = new ArrayList<>();
        if (rules.identity() == DcoMode.Identity.EXACT_AUTHOR
                && (commit.authorName().isEmpty() || commit.authorEmail().isEmpty())) {
            reasons.add("the commit has no author name or e-mail to match a sign-off against");
            return new CommitCheck(commit, CommitCheck.Status.FAILED, reasons, false);
        }
        List<SignOff> signOffs = new ArrayList<>(1);
        List<String> lines = signOffLines(commit, signOffs);
        int before = reasons.size();
        boolean emailsValid = checkEmails(commit, signOffs, reasons);
        boolean invalidAddress = reasons.size() > before;
        if (lines.isEmpty()) {
            String nearMisses = nearMisses(commit);
            reasons.add(nearMisses.isEmpty() ? "no Signed-off-by line" : "no valid Signed-off-by line" + nearMisses);
        } else if (emailsValid || rules.emailScope() == DcoMode.EmailScope.SIGN_OFFS) {
            boolean matched = false;
            for (SignOff signOff : signOffs) {
                boolean candidate = rules.emailScope() != DcoMode.EmailScope.SIGN_OFFS || validEmail(signOff.email());
                if (candidate && matches(signOff, commit)) {
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                reasons.add(mismatch(commit, signOffs));
            }
        }
        return new CommitCheck(commit, reasons.isEmpty() ? CommitCheck.Status.PASSED : CommitCheck.Status.FAILED, reasons,
                invalidAddress);
    }

    /** GitHub marks App commits with a {@code [bot]} login; locally the name and noreply address show it. */
    static boolean isBot(Commit commit) {
        return endsWithIgnoreCase(commit.authorName(), "[bot]") || endsWithIgnoreCase(commit.authorEmail(), BOT_EMAIL_SUFFIX);
    }

    private static boolean endsWithIgnoreCase(String text, String suffix) {
        return text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /**
     * The sign-off lines this checker recognises: for dco-check also those it cannot read a name and address from;
     * for the apps, each with the name and address already read (null for dco-check, read by {@link #extract}).
     */
    private List<String> signOffLines(Commit commit, List<SignOff> signOffs) {
        List<String> lines = new ArrayList<>(1);
        if (rules.syntax() == TrailerSyntax.ANYWHERE_IN_MESSAGE) {
            String message = commit.message();
            // most messages end lines with \n only: then String.indexOf (an intrinsic) finds the line ends
            boolean newlinesOnly = message.indexOf('\r') < 0 && message.indexOf('\u0085') < 0
                    && message.indexOf('\u2028') < 0 && message.indexOf('\u2029') < 0;
            int start = 0;
            while (start < message.length()) {
                int newline = newlinesOnly ? message.indexOf('\n', start) : -1;
                int end = newlinesOnly ? (newline < 0 ? message.length() : newline) : lineEnd(message, start);
                SignOff signOff = TrailerLine.parse(message, start, end);
                if (signOff != null) {
                    lines.add(message.substring(start, end));
                    signOffs.add(signOff);
                }
                start = nextLine(message, end);
            }
        } else {
            for (String line : commit.bodyLines()) {
                if (line.startsWith(KEY)) {
                    lines.add(line);
                    SignOff signOff = extract(line);
                    if (signOff != null) {
                        signOffs.add(signOff);
                    }
                }
            }
        }
        return lines;
    }

    /** Index of the line terminator (\n, \r, U+0085, U+2028, U+2029: Java's and JavaScript's) at or after {@code start}. */
    private static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }

    private static int nextLine(String text, int end) {
        if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    /** dco-check: the line without the key, spaces stripped, searched (not anchored) for the pattern. */
    private SignOff extract(String line) {
        String value = stripSpaces(line.replace(KEY, ""));
        Matcher matcher = rules.trailer().matcher(value);
        return matcher.find() ? new SignOff(matcher.group(1), matcher.group(2)) : null;
    }

    /** Python's {@code str.strip(' ')}: spaces only, not tabs. */
    private static String stripSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    private boolean checkEmails(Commit commit, List<SignOff> signOffs, List<String> reasons) {
        switch (rules.emailScope()) {
            case AUTHOR_ELSE_COMMITTER -> {
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
            case AUTHOR_AND_COMMITTER -> {
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
            case SIGN_OFFS -> {
                for (SignOff signOff : signOffs) {
                    if (!validEmail(signOff.email())) {
                        reasons.add("the sign-off's e-mail '" + signOff.email() + "' is not a valid address");
                    }
                }
                return true;
            }
            default -> throw new IllegalStateException(rules.emailScope().toString());
        }
    }

    private boolean validEmail(String address) {
        return validEmails.computeIfAbsent(address == null ? "" : address, rules.email()::valid);
    }

    private boolean matches(SignOff signOff, Commit commit) {
        return switch (rules.identity()) {
            case NAME_AND_EMAIL_SEPARATELY ->
                    (sameLowerCased(signOff.name(), commit.authorName()) || sameLowerCased(signOff.name(), commit.committerName()))
                    && (sameLowerCased(signOff.email(), commit.authorEmail())
                            || sameLowerCased(signOff.email(), commit.committerEmail()));
            case SAME_PERSON -> samePerson(signOff, commit.authorName(), commit.authorEmail())
                    || samePerson(signOff, commit.committerName(), commit.committerEmail());
            case EXACT_AUTHOR -> signOff.name().equals(commit.authorName()) && signOff.email().equals(commit.authorEmail());
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
        String author = commit.authorName() + " <" + commit.authorEmail() + ">";
        String committer = commit.committerName() + " <" + commit.committerEmail() + ">";
        String expected = switch (rules.identity()) {
            case NAME_AND_EMAIL_SEPARATELY -> "the author " + author
                    + (committer.equals(author) ? "" : " or the committer " + committer)
                    + " (name and e-mail, in any case)";
            case SAME_PERSON -> "the author " + author
                    + (committer.equals(author) ? "" : " or the committer " + committer)
                    + " (name and e-mail of the same person, in any case)";
            case EXACT_AUTHOR -> "the author exactly, " + author + " (same case; the committer does not count)";
        };
        if (signOffs.isEmpty()) {
            return "the Signed-off-by line has no name and address in the form 'Name <email>'; it must name "
                    + expected + nearMisses(commit);
        }
        List<String> found = signOffs.stream().map(SignOff::toString).toList();
        return "the sign-off " + String.join(", ", found) + " does not match " + expected;
    }

    /** Lines that look like a sign-off but that this checker does not read as one, and why. */
    private String nearMisses(Commit commit) {
        List<String> lines = commit.message().lines().toList();
        List<String> subject = subjectParagraph(lines);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (!lower(stripped).startsWith("signed-off-by")) {
                continue;
            }
            String why = whyNotASignOff(line, i < subject.size());
            if (why != null) {
                notes.add("'" + stripped + "' " + why);
            }
        }
        return notes.isEmpty() ? "" : ": " + String.join("; ", notes);
    }

    private static List<String> subjectParagraph(List<String> lines) {
        int end = 0;
        while (end < lines.size() && lines.get(end).isBlank()) {
            end++;
        }
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return lines.subList(0, end);
    }

    private String whyNotASignOff(String line, boolean inSubject) {
        if (!line.equals(line.stripLeading())) {
            return "starts with spaces; the trailer must start the line";
        }
        if (rules.syntax() == TrailerSyntax.BODY_LINE_PREFIX && inSubject) {
            return "is in the subject paragraph; " + mode.checker() + " reads sign-offs only from the body, after a blank line";
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
        if (rules.syntax() == TrailerSyntax.ANYWHERE_IN_MESSAGE && !rest.startsWith(": ")) {
            return "needs a space after 'Signed-off-by:'";
        }
        if (!rest.contains(" <")) {
            return "needs a space between the name and '<'";
        }
        if (rules.syntax() == TrailerSyntax.ANYWHERE_IN_MESSAGE && !rest.substring(close + 1).isBlank()) {
            return "has text after the closing '>'";
        }
        return null;
    }
}
