package dev.cncfcontrib.git;

import java.util.List;

/**
 * One commit as git stores it: raw author and committer (no mailmap), parents and the full message.
 *
 * @param message the raw message ({@code %B}): subject, blank line, body, trailers
 */
public record Commit(String sha, List<String> parents, String authorName, String authorEmail,
                     String committerName, String committerEmail, String message) {

    public Commit {
        parents = List.copyOf(parents);
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }

    public String shortSha() {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }

    /** The first paragraph of the message on one line, as git's {@code %s} shows it. */
    public String subject() {
        return String.join(" ", subjectLines(message));
    }

    /** The lines after the subject paragraph, as git's {@code %b} shows them. */
    public List<String> bodyLines() {
        List<String> lines = message.lines().toList();
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        while (i < lines.size() && !lines.get(i).isBlank()) {
            i++;
        }
        return lines.subList(i, lines.size());
    }

    static List<String> subjectLines(String message) {
        List<String> lines = message.lines().toList();
        int start = 0;
        while (start < lines.size() && lines.get(start).isBlank()) {
            start++;
        }
        int end = start;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return lines.subList(start, end).stream().map(String::strip).toList();
    }
}
