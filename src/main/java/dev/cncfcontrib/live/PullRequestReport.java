package dev.cncfcontrib.live;

import dev.cncfcontrib.catalog.Legal;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.dco.CommitCheck;
import dev.cncfcontrib.dco.DcoChecker;
import dev.cncfcontrib.dco.DcoMode;
import dev.cncfcontrib.dco.FixPlan;
import dev.cncfcontrib.git.Commit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pull request's legal checks, read from its head commit's check runs and statuses, with what to do about each
 * failure: for the DCO, the fix {@code check dco} would give for the very commits of the pull request; for a CLA,
 * the signing link the check gives and the e-mail rule that makes it pass.
 *
 * @param legal  the DCO and CLA checks, in the order GitHub lists them
 * @param others how the pull request's other checks stand (tests, linters), counted
 * @param dco    when a DCO check fails: each commit by the checker's rules, and the fix
 * @param cla    when a CLA check fails: where to sign and which addresses must be covered
 * @param notes  what the catalog expects that did not show up, and the state of the pull request
 */
public record PullRequestReport(PullRequestData data, List<LegalCheck> legal, OtherChecks others, DcoAdvice dco, ClaAdvice cla,
                                List<String> notes) {

    /** What a legal check is about. */
    public enum Kind { DCO, CLA }

    /** Where a check stands. */
    public enum State {
        PASSED("pass"), FAILED("fail"), PENDING("pending");

        private final String id;

        State(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * One legal check. {@code via} is "check run" or "commit status"; {@code detail} what the check said (its
     * output title, or the status description).
     */
    public record LegalCheck(Kind kind, String name, String via, State state, String url, String detail) {
    }

    /** The pull request's other checks (not legal ones), counted by state. */
    public record OtherChecks(int passed, int failed, int pending) {
    }

    /**
     * @param checks newest commit first, as {@code check dco} lists them
     */
    public record DcoAdvice(DcoMode mode, List<CommitCheck> checks, FixPlan fix) {

        public DcoAdvice {
            checks = List.copyOf(checks);
        }
    }

    /**
     * @param signingUrl     the link the CLA check gives (only http and https), or null
     * @param emails         the author e-mails of the pull request's commits
     * @param unlinkedEmails of those, the ones GitHub links to no account: such commits can never pass
     */
    public record ClaAdvice(String signingUrl, List<String> emails, List<String> unlinkedEmails, boolean noreply) {

        public ClaAdvice {
            emails = List.copyOf(emails);
            unlinkedEmails = List.copyOf(unlinkedEmails);
        }
    }

    public PullRequestReport {
        legal = List.copyOf(legal);
        notes = List.copyOf(notes);
    }

    private static final Pattern DCO_NAME = Pattern.compile("(?i)(^|[^a-z])dco([^a-z]|$)");
    private static final Pattern CLA_NAME = Pattern.compile("(?i)easycla|(^|[^a-z])cla([^a-z]|$)");
    private static final String NOREPLY = "@users.noreply.github.com";

    /** A legal check failed. */
    public boolean failed() {
        return legal.stream().anyMatch(check -> check.state() == State.FAILED);
    }

    /** A legal check has not finished. */
    public boolean pending() {
        return legal.stream().anyMatch(check -> check.state() == State.PENDING);
    }

    /** Every legal check passed (or there was none). */
    public boolean passed() {
        return !failed() && !pending();
    }

    /**
     * @param project the catalog's project for the repository, or null: what it requires is compared with the
     *                checks that ran
     */
    public static PullRequestReport of(PullRequestData data, Project project) {
        List<LegalCheck> legal = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        int pending = 0;
        for (PullRequestData.CheckRun run : latestRuns(data.checkRuns())) {
            State state = runState(run);
            Kind kind = kindOf(run.name(), run.app());
            if (kind == null) {
                passed += state == State.PASSED ? 1 : 0;
                failed += state == State.FAILED ? 1 : 0;
                pending += state == State.PENDING ? 1 : 0;
                continue;
            }
            legal.add(new LegalCheck(kind, run.name(), "check run", state, run.url(),
                    run.title() != null ? run.title() : run.conclusion() != null ? run.conclusion() : run.status()));
        }
        for (PullRequestData.StatusContext status : data.statuses()) {
            State state = statusState(status.state());
            Kind kind = kindOf(status.context(), null);
            if (kind == null) {
                passed += state == State.PASSED ? 1 : 0;
                failed += state == State.FAILED ? 1 : 0;
                pending += state == State.PENDING ? 1 : 0;
                continue;
            }
            legal.add(new LegalCheck(kind, status.context(), "commit status", state, status.targetUrl(), status.description()));
        }
        DcoAdvice dco = legal.stream().anyMatch(check -> check.kind() == Kind.DCO && check.state() == State.FAILED)
                ? dcoAdvice(data) : null;
        ClaAdvice cla = legal.stream().anyMatch(check -> check.kind() == Kind.CLA && check.state() == State.FAILED)
                ? claAdvice(data, legal) : null;
        return new PullRequestReport(data, legal, new OtherChecks(passed, failed, pending), dco, cla, notes(data, legal, project));
    }

    /** GitHub lists every run, re-runs included; the one with the highest id is the current verdict. */
    private static List<PullRequestData.CheckRun> latestRuns(List<PullRequestData.CheckRun> runs) {
        Map<String, PullRequestData.CheckRun> latest = new LinkedHashMap<>();
        for (PullRequestData.CheckRun run : runs) {
            String key = run.name() + "\u0000" + run.app();
            PullRequestData.CheckRun known = latest.get(key);
            if (known == null || run.id() > known.id()) {
                latest.put(key, run);
            }
        }
        return List.copyOf(latest.values());
    }

    static Kind kindOf(String name, String app) {
        if (DCO_NAME.matcher(name).find() || "dco".equalsIgnoreCase(app) || "dco2".equalsIgnoreCase(app)) {
            return Kind.DCO;
        }
        if (CLA_NAME.matcher(name).find() || app != null && CLA_NAME.matcher(app).find()) {
            return Kind.CLA;
        }
        return null;
    }

    private static State runState(PullRequestData.CheckRun run) {
        if (!"completed".equals(run.status())) {
            return State.PENDING;
        }
        String conclusion = run.conclusion() == null ? "" : run.conclusion().toLowerCase(Locale.ROOT);
        return switch (conclusion) {
            case "success", "neutral", "skipped" -> State.PASSED;
            default -> State.FAILED; // failure, timed_out, cancelled, action_required, stale, startup_failure
        };
    }

    private static State statusState(String state) {
        return switch (state == null ? "" : state.toLowerCase(Locale.ROOT)) {
            case "success" -> State.PASSED;
            case "failure", "error" -> State.FAILED;
            default -> State.PENDING;
        };
    }

    private static DcoAdvice dcoAdvice(PullRequestData data) {
        List<Commit> newestFirst = new ArrayList<>();
        for (PullRequestData.PullRequestCommit commit : data.commits()) {
            newestFirst.add(0, commit.commit());
        }
        // the DCO app's rules first; cncf/dco2 names its check "DCO" too, and its rules are stricter
        DcoAdvice advice = null;
        for (DcoMode mode : List.of(DcoMode.DCOAPP, DcoMode.DCO2)) {
            List<CommitCheck> checks = new DcoChecker(mode).check(newestFirst);
            advice = new DcoAdvice(mode, checks, FixPlan.NONE);
            List<CommitCheck> failing = checks.stream().filter(CommitCheck::failed).toList();
            if (!failing.isEmpty()) {
                boolean onlyNewest = failing.size() == 1 && failing.get(0) == checks.get(0);
                boolean merges = newestFirst.stream().anyMatch(Commit::isMerge);
                // the pull request's commits are on GitHub already: a rewrite always needs a forced push
                return new DcoAdvice(mode, checks, FixPlan.of(failing, onlyNewest, merges, baseLabel(data, newestFirst), true, true));
            }
        }
        return advice;
    }

    /**
     * Where {@code git rebase --signoff} starts in the contributor's clone: as many commits back as the pull request
     * has, as the DCO app's own advice says; with merge commits in between, the target branch of the upstream.
     */
    private static String baseLabel(PullRequestData data, List<Commit> commits) {
        boolean merges = commits.stream().anyMatch(Commit::isMerge);
        String base = data.pullRequest().baseRef();
        if (merges && base != null) {
            return "upstream/" + base;
        }
        return "HEAD~" + commits.size();
    }

    private static ClaAdvice claAdvice(PullRequestData data, List<LegalCheck> legal) {
        String signing = null;
        for (LegalCheck check : legal) {
            if (check.kind() == Kind.CLA && check.state() == State.FAILED && isWebLink(check.url())) {
                signing = check.url();
                break;
            }
        }
        Set<String> emails = new LinkedHashSet<>();
        Set<String> unlinked = new LinkedHashSet<>();
        boolean noreply = false;
        for (PullRequestData.PullRequestCommit commit : data.commits()) {
            if (commit.commit().isMerge()) {
                continue;
            }
            String email = commit.commit().authorEmail();
            emails.add(email);
            if (commit.authorLogin() == null) {
                unlinked.add(email);
            }
            noreply |= email.toLowerCase(Locale.ROOT).endsWith(NOREPLY);
        }
        return new ClaAdvice(signing, List.copyOf(emails), List.copyOf(unlinked), noreply);
    }

    private static boolean isWebLink(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static List<String> notes(PullRequestData data, List<LegalCheck> legal, Project project) {
        List<String> notes = new ArrayList<>();
        PullRequestData.PullRequest pull = data.pullRequest();
        if (pull.merged()) {
            notes.add("The pull request is merged; its checks no longer matter.");
        } else if ("closed".equals(pull.state())) {
            notes.add("The pull request is closed.");
        }
        if (project != null) {
            Legal requirement = project.legal();
            boolean dcoRan = legal.stream().anyMatch(check -> check.kind() == Kind.DCO);
            boolean claRan = legal.stream().anyMatch(check -> check.kind() == Kind.CLA);
            if (requirement.kind().needsSignOff() && !dcoRan) {
                notes.add(project.name() + " asks for a DCO sign-off on every commit, but no DCO check reported on this"
                        + " pull request yet: 'cncf-contrib check dco' in your clone checks the sign-offs the same way.");
            }
            if (requirement.kind().needsCla() && !claRan) {
                notes.add(project.name() + " asks for the " + requirement.label() + (requirement.bot() != null ? " (checked by "
                        + requirement.bot() + ")" : "") + ", but no CLA check reported on this pull request yet; it usually"
                        + " comments within minutes of the pull request being opened.");
            }
        }
        if (legal.isEmpty() && (project == null || !project.legal().kind().needsSignOff() && !project.legal().kind().needsCla())) {
            notes.add("No DCO or CLA check ran on this pull request.");
        }
        return notes;
    }
}
