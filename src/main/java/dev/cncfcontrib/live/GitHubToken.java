package dev.cncfcontrib.live;

/**
 * A GitHub token and where it came from ({@code GH_TOKEN}, {@code GITHUB_TOKEN}, {@code gh auth token}). Its
 * {@link #toString()} never shows the value, so that neither a message nor a stack trace can print it.
 */
public final class GitHubToken {

    private final String value;
    private final String source;

    public GitHubToken(String value, String source) {
        this.value = value;
        this.source = source;
    }

    /** The secret itself: only for the Authorization header of a request to the GitHub API. */
    public String value() {
        return value;
    }

    /** "GH_TOKEN", "GITHUB_TOKEN" or "gh auth token". */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "GitHubToken[from " + source + "]";
    }
}
