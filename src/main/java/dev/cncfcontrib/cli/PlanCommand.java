package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.live.CachedGet;
import dev.cncfcontrib.live.Issue;
import dev.cncfcontrib.files.AtomicFiles;
import dev.cncfcontrib.files.FileErrors;
import dev.cncfcontrib.git.TargetBranch;
import dev.cncfcontrib.onboarding.ChecklistViews;
import dev.cncfcontrib.onboarding.Checklists;
import dev.cncfcontrib.onboarding.GitIdentity;
import dev.cncfcontrib.onboarding.Progress;
import dev.cncfcontrib.onboarding.ProjectRemotes;
import dev.cncfcontrib.onboarding.ProgressStore;
import dev.cncfcontrib.onboarding.Step;
import dev.cncfcontrib.text.Style;
import dev.cncfcontrib.text.TerminalText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

final class PlanCommand extends CliCommand {

    /** Formats of a plan. */
    enum PlanFormat implements dev.cncfcontrib.catalog.Identified {
        TEXT, MARKDOWN
    }

    private final Arg<String> name = parameter("PROJECT").candidates(new CatalogNames.Projects(context))
            .description("Project id, name or alias.").text();

    private final Arg<PlanFormat> output = outputFormat(PlanFormat.class, "text");

    private final Arg<Path> outputFile = option("--output-file").label("FILE")
            .description("Write the plan to FILE instead of stdout (a regular file is replaced atomically; a FIFO or a device is written to).").path();

    private final Arg<String> issue = option("--issue").label("URL")
            .description("Record the issue you work on (its URL, or OWNER/REPO#N).").text();

    private final Arg<String> pullRequest = option("--pr").label("URL")
            .description("Record the pull request you opened (its URL, or OWNER/REPO#N); 'cncf-contrib check pr' then checks it.")
            .text();

    PlanCommand(Context context) {
        super(context, "plan",
                "Print a project's onboarding checklist, with the steps you already did ticked: Markdown to share "
                + "with a mentor, or text.");
        examples(
                "  cncf-contrib plan kubernetes",
                "  cncf-contrib plan opa -o markdown --output-file opa-plan.md",
                "  cncf-contrib plan opa --issue open-policy-agent/opa#1234",
                "  cncf-contrib plan opa --pr https://github.com/open-policy-agent/opa/pull/5678");
    }

    /** The project's open issues as last fetched by 'issues' or the wizard: a plan is printed without the network. */
    private List<Issue> cachedIssues(Project project) {
        try {
            return new WizardIssues(new LiveServices(context, false), CachedGet.Mode.OFFLINE).issuesOf(project);
        } catch (CommandFailure badEndpoint) {
            return List.of();
        }
    }

    @Override
    public Integer call() throws IOException {
        String name = this.name.value();
        PlanFormat output = this.output.value();
        Path outputFile = this.outputFile.value();
        Project project = context.catalog().catalog().resolveProject(name);
        Io io = context.io();
        // inside a clone of the project, commands name its real default branch rather than the catalog's guess
        TargetBranch target = ProjectRemotes.cloneTarget(context.git(), context.workingDirectory(), project).orElse(null);
        List<Step> steps = Checklists.forProject(project, context.catalog().catalog().groups(), GitIdentity.read(context.gitConfig()),
                WizardCommand.SIGN_OFF_SETUP, List.of(), target, cachedIssues(project));
        ProgressStore store = new ProgressStore(context.stateDir(), context.clock());
        Progress.ProjectProgress saved;
        if (issue.value() != null || pullRequest.value() != null) {
            java.time.Instant now = context.clock().instant();
            Progress.Recorded recordedIssue = issue.value() == null ? null : PlanRecords.issue(issue.value(), now);
            Progress.Recorded recordedPullRequest = pullRequest.value() == null ? null : PlanRecords.pullRequest(pullRequest.value(), now);
            saved = PlanRecords.record(context, store, project.id(), project.name(), steps, recordedIssue, recordedPullRequest);
        } else {
            saved = store.load(io.err()::println).project(project.id());
        }
        boolean toFile = outputFile != null;
        String text = output == PlanFormat.MARKDOWN
                ? ChecklistViews.planMarkdown(project.name(), steps, saved)
                : ChecklistViews.planText(project.name(), steps, saved, toFile ? 0 : io.width(), toFile ? Style.PLAIN : io.style());
        if (toFile) {
            try {
                AtomicFiles.write(outputFile, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.DATA_ERROR, "cannot write " + outputFile + ": " + FileErrors.reason(e));
            }
            io.err().println("Wrote the plan for " + TerminalText.line(project.name()) + " to " + TerminalText.line(outputFile.toString()));
        } else {
            io.out().print(text);
        }
        return ExitCodes.OK;
    }
}
