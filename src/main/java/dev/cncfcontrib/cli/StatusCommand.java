package dev.cncfcontrib.cli;

import dev.cncfcontrib.onboarding.ChecklistViews;
import dev.cncfcontrib.onboarding.Progress;
import dev.cncfcontrib.onboarding.ProgressStore;

final class StatusCommand extends CliCommand {

    private final Arg<String> issue = option("--issue").label("URL")
            .description("Record the issue you work on (its URL, or OWNER/REPO#N) for the current project (the one marked *).")
            .text();

    private final Arg<String> pullRequest = option("--pr").label("URL")
            .description("Record the pull request you opened (its URL, or OWNER/REPO#N) for the current project;"
                    + " 'cncf-contrib check pr' then checks it.").text();

    StatusCommand(Context context) {
        super(context, "status",
                "Show the checklist of every project you started with the wizard: [x] done, [>] later, [-] skipped, [ ] open. "
                + "* marks the one 'wizard --resume' continues.");
        examples(
                "  cncf-contrib status",
                "  cncf-contrib status --pr https://github.com/nats-io/nats-server/pull/7000");
    }

    @Override
    public Integer call() {
        Io io = context.io();
        ProgressStore store = new ProgressStore(context.stateDir(), context.clock());
        Progress progress = store.load(io.err()::println);
        if (issue.value() != null || pullRequest.value() != null) {
            Progress.ProjectProgress current = progress.current() == null ? null : progress.project(progress.current());
            if (current == null) {
                throw new CommandFailure(ExitCodes.USAGE, "no current project to record it for: use 'cncf-contrib plan PROJECT "
                        + (issue.value() != null ? "--issue" : "--pr") + " URL', or start one with 'cncf-contrib wizard'");
            }
            java.time.Instant now = context.clock().instant();
            PlanRecords.record(context, store, current.projectId(), current.projectName(), java.util.List.of(),
                    issue.value() == null ? null : PlanRecords.issue(issue.value(), now),
                    pullRequest.value() == null ? null : PlanRecords.pullRequest(pullRequest.value(), now));
            progress = store.load(io.err()::println);
        }
        if (progress.projects().isEmpty()) {
            io.err().println("No checklist yet: start one with 'cncf-contrib wizard'.");
            return ExitCodes.OK;
        }
        io.out().print(ChecklistViews.status(progress, io.style()));
        return ExitCodes.OK;
    }
}
