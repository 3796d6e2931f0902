package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.CatalogException;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.dco.CommitCheck;
import dev.cncfcontrib.dco.DcoMode;
import dev.cncfcontrib.dco.DcoReport;
import dev.cncfcontrib.dco.FixPlan;
import dev.cncfcontrib.git.Commit;
import dev.cncfcontrib.git.CommitRange;
import dev.cncfcontrib.git.GitResult;
import dev.cncfcontrib.git.Refs;
import dev.cncfcontrib.git.Repository;
import dev.cncfcontrib.onboarding.CloneLegal;
import dev.cncfcontrib.onboarding.LegalAdvice;
import dev.cncfcontrib.onboarding.LegalVerdict;
import dev.cncfcontrib.onboarding.ProjectRemotes;
import dev.cncfcontrib.text.TerminalText;
import dev.cncfcontrib.view.DcoReportView;
import dev.cncfcontrib.view.LegalReportView;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code cncf-contrib check}: checks a clone against what a project's bots will require. */
final class CheckCommand extends CommandGroup {

    CheckCommand(Context context) {
        super(context, "check", List.of(new Dco(context), new Legal(context), new CheckPrCommand(context)),
                "Check a clone before you push, the way the project's bots will.");
        examples(
                "  cncf-contrib check dco",
                "  cncf-contrib check dco --mode dco2 --base upstream/main",
                "  cncf-contrib check legal");
    }

    /**
     * The clone's project: the one named, else the one a remote belongs to. Recognising it is best effort: without
     * remotes the catalog is not even read, and a catalog that cannot be read means no project.
     */
    static Project project(Context context, String name, Map<String, String> remotes) {
        if (name != null) {
            return context.catalog().catalog().resolveProject(name);
        }
        if (remotes.isEmpty()) {
            return null;
        }
        try {
            return ProjectRemotes.recognise(remotes, context.catalog().catalog().projects()).orElse(null);
        } catch (CatalogException e) {
            context.io().err().println("note: the catalog could not be read (" + TerminalText.line(e.getMessage())
                    + "), so the clone's project is not known");
            return null;
        }
    }

    static final class Dco extends CliCommand {

        private final Arg<Path> repo = repoOption("The clone to check (default: the current directory).");

        private final Arg<String> projectName = projectOption()
                .description("The project the clone is for (id, name or alias); default: the one its remotes point at.").text();

        private final Arg<String> base = option("--base").label("REF")
                .description("Check the commits of HEAD that are not on REF.").text();

        private final Arg<String> range = option("--range").label("A..B")
                .description("Check the commits of B that are not on A.").text();

        private final Arg<DcoMode> mode = option("--mode").label("CHECKER").values(DcoMode.class, "DCO checker")
                .defaultValue("dcoapp")
                .description("Whose rules: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, the DCO app most CNCF "
                        + "projects run). Given explicitly, the check decides the exit code even for a project without a DCO.")
                .of(DcoMode.class);

        private final Arg<Values.ReportFormat> output = outputFormat(Values.ReportFormat.class, "text");

        private final Arg<Boolean> fix = option("--fix")
                .description("Add the missing sign-offs by running 'git rebase --signoff' from the "
                        + "branch's base, after listing the failing commits and asking. Never on a tree with uncommitted changes.")
                .flag();

        private final Arg<Boolean> yes = option("-y", "--yes")
                .description("With --fix: do not ask (needed when not at a terminal).").flag();

        Dco(Context context) {
            super(context, "dco",
                    "Check the Signed-off-by trailer of every commit of a range, with the exact rules of a DCO checker, "
                            + "and print the commands that fix the branch.",
                    "",
                    "Without --base or --range the range is what a pull request would have: the commits of HEAD not on "
                            + "the upstream project's default branch. The remote is 'upstream' if there is one, else the "
                            + "one whose URL is the project's repository, else 'origin'; its default branch is "
                            + "refs/remotes/<remote>/HEAD, else the project's default branch from the catalog, else the "
                            + "first of main, master, develop, trunk it has. Never the branch's own tracking branch: on a "
                            + "fork that already holds the commits the bot will check.",
                    "For a project that asks for a CLA and no sign-off, or whose requirement is not known, the sign-offs "
                            + "are reported for information and the exit code is 0, unless --mode is given.",
                    "Merge commits are skipped by every checker; commits by GitHub bots (by the author's address: an App's [bot] noreply address or the Copilot agent's, never by the name) by dcoapp and dco2.");
            examples(
                    "  cncf-contrib check dco",
                    "  cncf-contrib check dco --base upstream/main --mode dco2",
                    "  cncf-contrib check dco --range v1.2.0..HEAD -o json",
                    "  cncf-contrib check dco --fix");
        }

        @Override
        public Integer call() throws Exception {
            if (this.base.value() != null && this.range.value() != null) {
                throw usageError("--base and --range cannot be used together");
            }
            if (this.fix.value() && !this.yes.value() && !context.canPrompt()) {
                throw usageError(
                        "--fix rewrites commits and asks first; not at a terminal, add --yes to confirm");
            }
            String base = this.base.value();
            String range = this.range.value();
            boolean fix = this.fix.value();
            boolean yes = this.yes.value();
            DcoMode mode = this.mode.value();
            // three git processes in all by default (for-each-ref, config for the remotes, log), whatever the
            // verdict; with --base or --range, rev-parse instead of for-each-ref
            Repository repository = Repository.at(context.git(), clone(repo));
            Map<String, String> remotes;
            Project project;
            CommitRange commits;
            if (base == null && range == null) {
                Refs refs = repository.refs();
                remotes = repository.remotes();
                project = project(context, projectName.value(), remotes);
                commits = CommitRange.toward(ProjectRemotes.target(refs, remotes, project), refs);
            } else {
                commits = CommitRange.resolve(repository, base, range);
                remotes = projectName.value() == null ? repository.remotes() : Map.of();
                project = project(context, projectName.value(), remotes);
            }
            boolean json = output.value() == Values.ReportFormat.JSON;
            // text names only the failing commits: a long range then costs no memory for those that pass
            DcoReport report = json ? DcoReport.check(repository, commits, mode) : DcoReport.summarize(repository, commits, mode);
            boolean counts = this.mode.given() || LegalAdvice.signOffsRequired(project);
            Io io = context.io();
            if (fix && !report.passed()) {
                report = fix(repository, report, yes);
            }
            DcoReportView.Framing framing = new DcoReportView.Framing(project, counts, this.mode.given());
            if (json) {
                DcoReportView.json(report, framing, io.out());
            } else {
                io.out().print(DcoReportView.text(report, framing, io.style()));
            }
            return report.passed() || !counts ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }

        private DcoReport fix(Repository repository, DcoReport report, boolean yes) {
            if (!report.range().includeIsHead()) {
                throw usageError("--fix rewrites the current branch; the range must end at HEAD");
            }
            if (repository.hasUncommittedChanges()) {
                throw new CommandFailure(ExitCodes.DATA_ERROR, "--fix: the working tree has uncommitted changes; "
                        + "commit or stash them (git stash) and run again");
            }
            List<String> rebase = report.rebaseArguments();
            String command = "git " + String.join(" ", rebase);
            // what is about to be rewritten, before the question: nobody should answer blind
            List<CommitCheck> failing = report.failing();
            context.io().err().println(failing.size() + " of " + report.total() + " commit(s) of "
                    + TerminalText.line(report.range().label()) + " fail the DCO check:");
            for (CommitCheck check : failing) {
                Commit commit = check.commit();
                context.io().err().println("  " + commit.shortSha() + "  " + TerminalText.line(commit.subject()));
            }
            if (!yes && !context.prompter().confirm("Rewrite the " + report.total() + " commit(s) of "
                    + TerminalText.line(report.range().label()) + " with '" + TerminalText.line(command) + "'?", false)) {
                context.io().err().println("Nothing was changed.");
                return report;
            }
            GitResult result = DcoReport.rebase(repository, rebase);
            if (!result.ok()) {
                throw new CommandFailure(ExitCodes.DATA_ERROR, command + " stopped ("
                        + result.firstErrorLine().replaceFirst("^(fatal|error): ", "") + "); the rebase was aborted and nothing changed");
            }
            context.io().err().println("Ran: " + TerminalText.line(command));
            if (report.fix().commands().contains(FixPlan.FORCE_PUSH)) {
                context.io().err().println("The branch was pushed before: update it with '" + FixPlan.FORCE_PUSH + "'");
            }
            String head = repository.resolveCommit("HEAD").orElseThrow();
            CommitRange rewritten = new CommitRange(report.range().exclude(), head, report.range().label(),
                    report.range().chosenBecause(), true);
            return report.keptAll() ? DcoReport.check(repository, rewritten, report.mode())
                    : DcoReport.summarize(repository, rewritten, report.mode());
        }
    }

    static final class Legal extends CliCommand {

        private final Arg<Path> repo = repoOption("The clone to read (default: the current directory).");

        private final Arg<String> projectName = projectOption()
                .description("The project the clone is for (id, name or alias); default: the one its remotes point at.").text();

        private final Arg<Values.ReportFormat> output = outputFormat(Values.ReportFormat.class, "text");

        Legal(Context context) {
            super(context, "legal",
                    "Say what the clone itself states about a DCO sign-off or a CLA, next to what the catalog knows, and "
                            + "which to follow.",
                    "",
                    "Reads the CONTRIBUTING files (root, docs/, .github/), DCO and CLA files, .github/dco.yml, .clabot, the "
                            + "workflows that run a DCO or CLA check and the pull-request templates, and lists each line that "
                            + "says something. The share of signed-off commits among the newest "
                            + CloneLegal.RECENT_COMMITS + " non-merge commits by people is shown, never used as a verdict: "
                            + "contributors of CLA projects often sign off anyway.",
                    "A difference between the clone and the catalog is named as something to report to whoever maintains "
                            + "the catalog (cncf-contrib catalog info).");
            examples(
                    "  cncf-contrib check legal",
                    "  cncf-contrib check legal --repo ~/src/kubernetes -o json");
        }

        @Override
        public Integer call() throws Exception {
            Repository repository = Repository.open(context.git(), clone(repo));
            Map<String, String> remotes = projectName.value() == null ? repository.remotes() : Map.of();
            Project project = project(context, projectName.value(), remotes);
            CloneLegal clone = CloneLegal.read(repository.topLevel(), repository);
            LegalVerdict verdict = LegalVerdict.of(project, clone);
            Io io = context.io();
            if (output.value() == Values.ReportFormat.JSON) {
                LegalReportView.json(project, clone, verdict, io.out());
            } else {
                io.out().print(LegalReportView.text(project, repository.topLevel(), clone, verdict, io.style()));
            }
            return ExitCodes.OK;
        }
    }
}
