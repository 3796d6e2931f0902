package dev.cncfcontrib.live;

import dev.cncfcontrib.git.Commit;
import java.util.List;

/**
 * What GitHub says of a pull request: the pull request itself, its commits, and the check runs and commit statuses
 * of its head commit.
 */
public record PullRequestData(PullRequest pullRequest, List<PullRequestCommit> commits, List<CheckRun> checkRuns,
                              List<StatusContext> statuses, Provenance provenance) {

    public PullRequestData {
        commits = List.copyOf(commits);
        checkRuns = List.copyOf(checkRuns);
        statuses = List.copyOf(statuses);
    }

    /**
     * @param state    open or closed
     * @param headSha  the head commit, whose checks count
     * @param baseRef  the branch it targets
     */
    public record PullRequest(PullRequestRef ref, String title, String state, boolean merged, String htmlUrl,
                              String headSha, String baseRef, String author) {
    }

    /** A commit of the pull request; {@code authorLogin} is null when its e-mail is linked to no GitHub account. */
    public record PullRequestCommit(Commit commit, String authorLogin) {
    }

    /** A check run (GitHub Checks API): {@code status} queued, in_progress or completed; then a {@code conclusion}. */
    public record CheckRun(long id, String name, String status, String conclusion, String url, String title,
                           String summary, String app) {
    }

    /** One context of the head commit's combined status: state success, failure, error or pending. */
    public record StatusContext(String context, String state, String description, String targetUrl) {
    }
}
