package dev.cncfcontrib.cli;

import dev.cncfcontrib.dco.DcoMode;
import dev.cncfcontrib.dco.DcoReport;
import dev.cncfcontrib.git.CommitRange;
import dev.cncfcontrib.git.GitResult;
import dev.cncfcontrib.git.Repository;
import dev.cncfcontrib.text.TerminalText;
import dev.cncfcontrib.view.DcoReportView;
import java.nio.file.Path;
import java.util.List;

/** {@code cncf-contrib check}: checks a clone against what a project's bots will require. */
final class CheckCommand extends CommandGroup {

    CheckCommand(Context context) {
        super(context, "check", List.of(new Dco(context), new CheckPrCommand(context)), "Check a clone before you push, the way the project's bots will.");
        examples(
                "  cncf-contrib check dco",
                "  cncf-contrib check dco --mode dco2 --base upstream/main");
    }

    static final class Dco extends CliCommand {

        private final Arg<Path> repo = option("--repo").label("DIR")
                .description("The clone to check (default: the current directory).").path();

        private final Arg<String> base = option("--base").label("REF")
                .description("Check the commits of HEAD that are not on REF.").text();

        private final Arg<String> range = option("--range").label("A..B")
                .description("Check the commits of B that are not on A.").text();

        private final Arg<DcoMode> mode = option("--mode").label("CHECKER").values(new Values.DcoModeValues())
                .defaultValue("dcoapp")
                .description("Whose rules: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, the DCO app most CNCF projects run).")
                .of(DcoMode.class);

        private final Arg<Values.ReportFormat> output = option("-o", "--output").label("FORMAT")
                .values(new Values.ReportFormatValues()).defaultValue("text")
                .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
                .of(Values.ReportFormat.class);

        private final Arg<Boolean> fix = option("--fix")
                .description("Add the missing sign-offs by running 'git rebase --signoff' from the "
                        + "branch's base, after asking. Never on a tree with uncommitted changes.")
                .flag();

        private final Arg<Boolean> yes = option("-y", "--yes")
                .description("With --fix: do not ask (needed when not at a terminal).").flag();

        Dco(Context context) {
            super(context, "dco",
                    "Check the Signed-off-by trailer of every commit of a range, with the exact rules of a DCO checker, "
                            + "and print the commands that fix the branch.",
                    "",
                    "Without --base or --range the range is the commits of the current branch that are not on its "
                            + "upstream (@{upstream}); without an upstream (or on a detached HEAD), those not on the "
                            + "default branch: origin/HEAD, else main, else master.",
                    "Merge commits are skipped by every checker; commits by GitHub bots ([bot] authors) by dcoapp and dco2.");
            examples(
                    "  cncf-contrib check dco",
                    "  cncf-contrib check dco --base upstream/main --mode dco2",
                    "  cncf-contrib check dco --range v1.2.0..HEAD -o json",
                    "  cncf-contrib check dco --fix");
        }

        @Override
        public Integer call() throws Exception {
            String base = this.base.value();
            String range = this.range.value();
            boolean fix = this.fix.value();
            boolean yes = this.yes.value();
            Path repo = this.repo.value();
            if (base != null && range != null) {
                throw usageError("--base and --range cannot be used together");
            }
            Confirm confirm = context.confirm();
            if (fix && !yes && !confirm.canAsk()) {
                throw usageError(
                        "--fix rewrites commits and asks first; not at a terminal, add --yes to confirm");
            }
            Repository repository = Repository.open(context.git(), repo != null ? repo : context.workingDirectory());
            CommitRange commits = CommitRange.resolve(repository, base, range);
            DcoReport report = DcoReport.check(repository, commits, mode.value());
            Io io = context.io();
            if (fix && !report.passed()) {
                report = fix(repository, report, confirm, yes);
            }
            if (report.checks().isEmpty()) {
                io.err().println("note: no commits to check in " + TerminalText.line(commits.label())
                        + (commits.chosenBecause() != null ? " (" + commits.chosenBecause() + ")" : "")
                        + "; nothing to fail. Use --base or --range to choose other commits.");
            }
            if (output.value() == Values.ReportFormat.JSON) {
                DcoReportView.json(report, io.out());
            } else {
                io.out().print(DcoReportView.text(report, io.style()));
            }
            return report.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }

        private DcoReport fix(Repository repository, DcoReport report, Confirm confirm, boolean yes) {
            if (!report.range().includeIsHead()) {
                throw usageError("--fix rewrites the current branch; the range must end at HEAD");
            }
            if (repository.hasUncommittedChanges()) {
                throw new CommandFailure(ExitCodes.CHECK_FAILED, "--fix: the working tree has uncommitted changes; "
                        + "commit or stash them (git stash) and run again");
            }
            List<String> rebase = report.rebaseArguments();
            String command = "git " + String.join(" ", rebase);
            if (!yes && !confirm.ask("Rewrite the " + report.checks().size() + " commit(s) of " + report.range().label()
                    + " with '" + command + "'?")) {
                context.io().err().println("Nothing was changed.");
                return report;
            }
            GitResult result = DcoReport.rebase(repository, rebase);
            if (!result.ok()) {
                throw new CommandFailure(ExitCodes.CHECK_FAILED, command + " stopped ("
                        + result.firstErrorLine().replaceFirst("^(fatal|error): ", "") + "); the rebase was aborted and nothing changed");
            }
            context.io().err().println("Ran: " + TerminalText.line(command));
            String head = repository.resolveCommit("HEAD").orElseThrow();
            CommitRange rewritten = new CommitRange(report.range().exclude(), head, report.range().label(),
                    report.range().chosenBecause(), true);
            return DcoReport.check(repository, rewritten, report.mode());
        }
    }
}
