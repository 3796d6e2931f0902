package dev.cncfcontrib.dco;

import dev.cncfcontrib.git.Commit;
import java.util.ArrayList;
import java.util.List;

/**
 * A commit as dco-check 0.5.1 sees it in plain-git mode. It runs {@code git log --pretty=%H%n%an <%ae>%n%s%n%-b%x1e
 * --no-merges}, splits the output at U+001E into records and each record at {@code \n} into lines: the hash, the
 * author, the subject, then the body. So git decides what the body is ({@code %s} is the first paragraph, ended by a
 * line that is blank to git: only space, tab, {@code \r} and {@code \n} count, not {@code \f}, U+00A0 or U+3000), and
 * only {@code \n} ends a line (a lone {@code \r} does not). A message holding U+001E gives several records, checked
 * one by one; a record of fewer than three lines (an empty message) stops dco-check with an IndexError.
 */
final class DcoCheckReading {

    private static final char RECORD_SEPARATOR = '\u001E';

    /** One record: its author line ({@code %an <%ae>}) and body lines. */
    record Entry(String authorLine, List<String> bodyLines) {
    }

    /**
     * What dco-check reads for this commit.
     *
     * @param entries   the records it checks, normally one
     * @param crashes   dco-check stops with an error on this commit (a record of fewer than three lines)
     * @param separated the message or identity holds U+001E, so the commit is read as several records
     */
    record Reading(List<Entry> entries, boolean crashes, boolean separated) {
    }

    private DcoCheckReading() {
    }

    static Reading of(Commit commit) {
        String message = commit.message();
        int subjectStart = skipBlankLines(message, 0);
        int subjectEnd = paragraphEnd(message, subjectStart);
        String body = message.substring(skipBlankLines(message, subjectEnd));
        String author = commit.authorName() + " <" + commit.authorEmail() + ">";
        if (message.indexOf(RECORD_SEPARATOR) < 0 && author.indexOf(RECORD_SEPARATOR) < 0) {
            // the usual case, without building the record text: hash, author, subject (one line: %s joins the
            // paragraph's lines with spaces), then the body, if any
            if (subjectStart == subjectEnd && body.isEmpty()) {
                return new Reading(List.of(), true, false); // "hash\nauthor": %-b took both line feeds
            }
            return new Reading(List.of(new Entry(author, body.isEmpty() ? List.of() : splitLines(strip(body, '\n')))),
                    false, false);
        }
        String subject = subject(message, subjectStart, subjectEnd);
        StringBuilder record = new StringBuilder(commit.sha()).append('\n').append(author).append('\n').append(subject);
        if (!body.isEmpty()) {
            record.append('\n').append(body);
        } else {
            // %-b: an empty body takes away the line feeds just before it
            while (record.length() > 0 && record.charAt(record.length() - 1) == '\n') {
                record.setLength(record.length() - 1);
            }
        }
        List<Entry> entries = new ArrayList<>();
        boolean crashes = false;
        for (String piece : record.toString().split(String.valueOf(RECORD_SEPARATOR), -1)) {
            String text = strip(piece, '\n');
            if (text.isEmpty()) {
                continue; // dco-check drops empty records
            }
            List<String> lines = splitLines(text);
            if (lines.size() < 3) {
                crashes = true;
                break;
            }
            entries.add(new Entry(lines.get(1), lines.subList(3, lines.size())));
        }
        return new Reading(entries, crashes, true);
    }

    /** git's {@code is_blank_line}: nothing but space, tab, {@code \r} and {@code \n} ({@code isspace} in git-compat-util). */
    static boolean gitSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** git's {@code skip_blank_lines}: the start of the first line at or after {@code start} that is not blank. */
    static int skipBlankLines(String message, int start) {
        int line = start;
        while (line < message.length()) {
            int end = lineEnd(message, line);
            if (!blank(message, line, end)) {
                return line;
            }
            line = end;
        }
        return message.length();
    }

    /** git's {@code format_subject} walk: the end of the paragraph starting at {@code start} (after its last line). */
    static int paragraphEnd(String message, int start) {
        int line = start;
        while (line < message.length()) {
            int end = lineEnd(message, line);
            if (blank(message, line, end)) {
                return line;
            }
            line = end;
        }
        return message.length();
    }

    /** The first paragraph as {@code %s} prints it: each line without trailing git space, joined by spaces. */
    static String subject(String message, int start, int end) {
        StringBuilder subject = new StringBuilder();
        int line = start;
        while (line < end) {
            int next = lineEnd(message, line);
            int last = next;
            while (last > line && gitSpace(message.charAt(last - 1))) {
                last--;
            }
            if (line > start) {
                subject.append(' ');
            }
            subject.append(message, line, last);
            line = next;
        }
        return subject.toString();
    }

    /** The index after the {@code \n} that ends the line at {@code start}, or the length. */
    private static int lineEnd(String message, int start) {
        int newline = message.indexOf('\n', start);
        return newline < 0 ? message.length() : newline + 1;
    }

    private static boolean blank(String message, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!gitSpace(message.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code str.strip(c)}: only {@code c}, at both ends (dco-check strips '\n' and ' ' this way). */
    static String strip(String text, char c) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == c) {
            start++;
        }
        while (end > start && text.charAt(end - 1) == c) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Python's {@code str.split('\n')}. */
    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int newline;
        while ((newline = text.indexOf('\n', start)) >= 0) {
            lines.add(text.substring(start, newline));
            start = newline + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }
}
