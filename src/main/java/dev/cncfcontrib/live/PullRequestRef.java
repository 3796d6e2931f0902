package dev.cncfcontrib.live;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A pull request on GitHub, named by its URL or as {@code OWNER/REPO#N}. */
public record PullRequestRef(String owner, String repository, long number) {

    private static final Pattern URL = Pattern.compile(
            "^(?:https?://)?(?:www\\.)?github\\.com/([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})/pulls?/([0-9]{1,10})(?:[/?#].*)?$");
    private static final Pattern SHORT = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})#([0-9]{1,10})$");

    /** Reads {@code text}, or returns null when it names no pull request. */
    public static PullRequestRef parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        Matcher matcher = URL.matcher(trimmed);
        if (!matcher.matches()) {
            matcher = SHORT.matcher(trimmed);
            if (!matcher.matches()) {
                return null;
            }
        }
        long number = Long.parseLong(matcher.group(3));
        return number > 0 ? new PullRequestRef(matcher.group(1), matcher.group(2), number) : null;
    }

    /** "owner/repo#12". */
    public String label() {
        return owner + "/" + repository + "#" + number;
    }

    public String slug() {
        return owner + "/" + repository;
    }

    public String url() {
        return "https://github.com/" + owner + "/" + repository + "/pull/" + number;
    }
}
