package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.live.CachedGet;
import dev.cncfcontrib.live.GitHubNames;
import dev.cncfcontrib.live.IssueFinder;
import dev.cncfcontrib.live.PullRequestData;
import dev.cncfcontrib.live.PullRequestRef;
import dev.cncfcontrib.live.PullRequestReport;
import dev.cncfcontrib.onboarding.Progress;
import dev.cncfcontrib.onboarding.ProgressStore;
import dev.cncfcontrib.text.TerminalText;
import dev.cncfcontrib.view.PullRequestView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code cncf-contrib check pr}: a pull request's DCO and CLA checks on GitHub, explained, with what to do. */
final class CheckPrCommand extends CliCommand {

    private final Arg<String> pullRequest = parameter("PR").arity("0..1")
            .description("The pull request: its URL, or OWNER/REPO#N. Without it, the one recorded in your plan"
                    + " ('cncf-contrib plan PROJECT --pr URL').").text();

    private final Arg<Values.ReportFormat> output = outputFormat(Values.ReportFormat.class, "text");

    private final Arg<Boolean> offline = option("--offline")
            .description("Do not use the network: report from the answers cached by the last check.").flag();

    CheckPrCommand(Context context) {
        super(context, "pr",
                "Check a pull request's legal checks on GitHub: the DCO check run (the DCO app) and the CLA statuses"
                        + " (EasyCLA, cla/linuxfoundation) of its head commit, each explained with what to do: for a failing"
                        + " DCO the commands that sign off those very commits, for a failing CLA the signing link and the"
                        + " e-mail rule. Exit status 0 when they pass, 1 when one fails or is still running, 5 without network.",
                "",
                "GitHub is asked with the token of GH_TOKEN or GITHUB_TOKEN, else 'gh auth token' when gh is installed"
                        + " (needed for private repositories, and for more than 60 requests an hour).");
        examples(
                "  cncf-contrib check pr https://github.com/kubernetes/kubernetes/pull/123456",
                "  cncf-contrib check pr open-telemetry/opentelemetry-go#5000",
                "  cncf-contrib check pr          # the pull request recorded with 'plan PROJECT --pr URL'",
                "  cncf-contrib check pr prometheus/prometheus#100 -o json");
    }

    @Override
    public Integer call() throws IOException {
        String typed = pullRequest.value();
        PullRequestRef ref = typed != null ? PullRequestRef.parse(typed) : recorded();
        if (ref == null) {
            throw usageError("'" + typed + "' is not a pull request: give its URL (https://github.com/OWNER/REPO/pull/N) or OWNER/REPO#N");
        }
        LiveServices live = new LiveServices(context, false);
        CachedGet.Mode mode = offline.value() ? CachedGet.Mode.OFFLINE : CachedGet.Mode.NORMAL;
        live.prepareFor(live.githubUrl(), mode, false);
        PullRequestData data = live.github().pullRequest(ref, mode);
        live.noteProvenance(data.provenance());
        PullRequestReport report = PullRequestReport.of(data, projectOf(ref));
        Io io = context.io();
        if (output.value() == Values.ReportFormat.JSON) {
            PullRequestView.json(report, io.out());
        } else {
            io.out().print(PullRequestView.text(report, io.style()));
        }
        return report.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    /** The pull request recorded in the plan: the current project's, else the only one recorded. */
    private PullRequestRef recorded() {
        Progress progress = new ProgressStore(context.stateDir(), context.clock()).load(context.io().err()::println);
        Progress.ProjectProgress current = progress.current() == null ? null : progress.project(progress.current());
        if (current != null && current.pullRequest() != null) {
            return parseRecorded(current.pullRequest().url());
        }
        List<Progress.ProjectProgress> withPullRequest = new ArrayList<>();
        for (Progress.ProjectProgress project : progress.projects()) {
            if (project.pullRequest() != null) {
                withPullRequest.add(project);
            }
        }
        if (withPullRequest.size() == 1) {
            return parseRecorded(withPullRequest.get(0).pullRequest().url());
        }
        if (withPullRequest.isEmpty()) {
            throw usageError("no pull request is recorded in your plan: name one (URL or OWNER/REPO#N), or record it with"
                    + " 'cncf-contrib plan PROJECT --pr URL'");
        }
        List<String> names = new ArrayList<>();
        for (Progress.ProjectProgress project : withPullRequest) {
            names.add(project.projectId());
        }
        throw usageError("pull requests are recorded for " + TerminalText.line(String.join(", ", names)) + ": name the one to check");
    }

    private PullRequestRef parseRecorded(String url) {
        PullRequestRef ref = PullRequestRef.parse(url);
        if (ref == null) {
            throw new CommandFailure(ExitCodes.DATA_ERROR, "the pull request recorded in your plan is not a GitHub pull request: "
                    + url);
        }
        return ref;
    }

    /** The catalog's project for the repository (or, failing that, its organisation), or null. */
    private Project projectOf(PullRequestRef ref) {
        Catalog catalog;
        try {
            catalog = context.catalog().catalog();
        } catch (RuntimeException unreadable) {
            return null; // the check stands without the catalog's expectations
        }
        String slug = ref.slug().toLowerCase(Locale.ROOT);
        Project byOrganisation = null;
        for (Project project : catalog.projects()) {
            List<String> repositories = new ArrayList<>();
            repositories.add(project.repository());
            if (project.additionalRepositories() != null) {
                repositories.addAll(project.additionalRepositories());
            }
            for (String repository : repositories) {
                String name = GitHubNames.ownerAndName(repository);
                if (name != null && name.toLowerCase(Locale.ROOT).equals(slug)) {
                    return project;
                }
            }
            if (byOrganisation == null && !project.archived()
                    && IssueFinder.organisations(project).stream().anyMatch(owner -> owner.equalsIgnoreCase(ref.owner()))) {
                byOrganisation = project;
            }
        }
        return byOrganisation;
    }
}
