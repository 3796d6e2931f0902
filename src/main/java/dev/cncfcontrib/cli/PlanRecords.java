package dev.cncfcontrib.cli;

import dev.cncfcontrib.browse.UrlOpener;
import dev.cncfcontrib.live.PullRequestRef;
import dev.cncfcontrib.onboarding.Progress;
import dev.cncfcontrib.onboarding.ProgressStore;
import dev.cncfcontrib.onboarding.Step;
import dev.cncfcontrib.text.TerminalText;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recording in the plan the issue someone works on and the pull request they opened ({@code plan}, {@code status}). */
final class PlanRecords {

    private static final Pattern SHORT_ISSUE = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})#([0-9]{1,10})$");

    private PlanRecords() {
    }

    /** The issue as typed: an http(s) URL, or OWNER/REPO#N on GitHub. */
    static Progress.Recorded issue(String typed, Instant now) {
        String text = typed.strip();
        Matcher shortForm = SHORT_ISSUE.matcher(text);
        if (shortForm.matches()) {
            return new Progress.Recorded("https://github.com/" + shortForm.group(1) + "/" + shortForm.group(2) + "/issues/"
                    + shortForm.group(3), null, now);
        }
        if (!UrlOpener.isWebLink(text) || text.chars().anyMatch(c -> c <= ' ')) {
            throw new CommandFailure(ExitCodes.USAGE, "--issue needs the issue's URL (https://...) or OWNER/REPO#N, not '"
                    + TerminalText.line(typed) + "'");
        }
        return new Progress.Recorded(text, null, now);
    }

    /** The pull request as typed: its GitHub URL or OWNER/REPO#N, stored as its URL. */
    static Progress.Recorded pullRequest(String typed, Instant now) {
        PullRequestRef ref = PullRequestRef.parse(typed);
        if (ref == null) {
            throw new CommandFailure(ExitCodes.USAGE, "--pr needs a GitHub pull request: https://github.com/OWNER/REPO/pull/N or"
                    + " OWNER/REPO#N, not '" + TerminalText.line(typed) + "'");
        }
        return new Progress.Recorded(ref.url(), null, now);
    }

    /**
     * Records {@code issue} and {@code pullRequest} (either may be null) for a project, starting its checklist from
     * {@code steps} when it has none yet, and saves. Returns the saved checklist.
     */
    static Progress.ProjectProgress record(Context context, ProgressStore store, String projectId, String projectName,
            List<Step> steps, Progress.Recorded issue, Progress.Recorded pullRequest) {
        Io io = context.io();
        Progress progress = store.load(io.err()::println);
        Instant now = context.clock().instant();
        Progress.ProjectProgress saved = progress.project(projectId);
        if (saved == null) {
            saved = progress.merge(projectId, projectName, steps, now);
        }
        if (issue != null) {
            saved = progress.recordIssue(projectId, issue);
            io.err().println("Recorded the issue " + TerminalText.line(issue.url()) + " for " + TerminalText.line(projectName) + ".");
        }
        if (pullRequest != null) {
            saved = progress.recordPullRequest(projectId, pullRequest);
            io.err().println("Recorded the pull request " + TerminalText.line(pullRequest.url()) + " for "
                    + TerminalText.line(projectName) + "; 'cncf-contrib check pr' checks it.");
        }
        store.saveProject(saved, io.err()::println);
        return saved;
    }
}
