package dev.cncfcontrib.live;

/**
 * A GitHub token and where it came from ({@code GH_TOKEN}, {@code GITHUB_TOKEN}, {@code gh auth token}). Its
 * {@link #toString()} never shows the value, so that neither a message nor a stack trace can print it.
 *
 * @param value the secret itself: only for the Authorization header of a request to the GitHub API
 * @param source "GH_TOKEN", "GITHUB_TOKEN" or "gh auth token"
 */
public record GitHubToken(String value, String source) {

    @Override
    public String toString() {
        return "GitHubToken[from " + source + "]";
    }
}
