package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.live.CachedGet;
import dev.cncfcontrib.onboarding.Doctor;
import dev.cncfcontrib.onboarding.ProgressStore;
import dev.cncfcontrib.onboarding.Wizard;
import dev.cncfcontrib.prompt.PromptCancelledException;
import dev.cncfcontrib.prompt.Prompter;

final class WizardCommand extends CliCommand {

    private final Arg<String> projectName = projectOption()
            .description("Skip the questions and go straight to this project's checklist.").text();

    private final Arg<Boolean> resume = option("--resume")
            .description("Continue the checklist of the project you worked on last.").flag();

    private final Arg<Boolean> yes = option("-y", "--yes")
            .description("Ask nothing: save the project's checklist with every open step kept for later (needs --project or --resume).")
            .flag();

    private final Arg<Boolean> accessible = option("--accessible")
            .description("Plain numbered questions answered on stdin, for screen readers and scripts (also: CNCF_CONTRIB_ACCESSIBLE=1).")
            .flag();

    private final Arg<Boolean> offline = option("--offline")
            .description("Do not ask CLOTributor or GitHub for open issues: use only answers cached earlier.").flag();

    WizardCommand(Context context) {
        super(context, "wizard",
                "Find a project that fits you, ranked by how ready it is for a newcomer now (open good first issues in your"
                + " language, mentors, from CLOTributor), and walk through everything it asks of a newcomer: contributor guide, "
                + "DCO sign-off or CLA, chat, mailing list, a first issue, mentoring. Progress is saved after every step.");
        examples(
                "  cncf-contrib wizard",
                "  cncf-contrib wizard --resume",
                "  cncf-contrib wizard --project opa",
                "  cncf-contrib wizard --project opa --yes      # no questions: save the checklist for later",
                "  cncf-contrib wizard --accessible             # numbered questions, answers read from stdin",
                "  cncf-contrib wizard --offline                # rank by open issues cached earlier, without the network");
    }

    /** The command that configures sign-off for the person, offered in the DCO step. */
    static final String SIGN_OFF_SETUP = "cncf-contrib setup signoff";

    @Override
    public Integer call() throws Exception {
        String projectName = this.projectName.value();
        boolean resume = this.resume.value();
        boolean yes = this.yes.value();
        boolean accessible = this.accessible.value();
        if (resume && projectName != null) {
            throw new CommandFailure(ExitCodes.USAGE, "--resume and --project cannot be combined");
        }
        Catalog catalog = context.catalog().catalog();
        Io io = context.io();
        ProgressStore store = new ProgressStore(context.stateDir(), context.clock());
        WizardIssues issues = new WizardIssues(new LiveServices(context, true), offline.value() ? CachedGet.Mode.OFFLINE : CachedGet.Mode.NORMAL);
        Wizard wizard = new Wizard(catalog, store, context.gitConfig(), context.clock(), io.out(), io.err(), io.width(), io.style(),
                SIGN_OFF_SETUP, project -> new Doctor(context.git()).examineClone(context.workingDirectory(), false, project), issues);
        Project project = null;
        if (resume) {
            project = wizard.lastProject();
            if (project == null) {
                throw new CommandFailure(ExitCodes.USAGE, "nothing to resume: no wizard progress in " + store.file() + "; start with 'cncf-contrib wizard'");
            }
        } else if (projectName != null) {
            project = catalog.resolveProject(projectName);
            if (project.archived()) {
                String successor = project.successor() == null ? "" : "; see its successor " + project.successor().name()
                        + (project.successor().id() != null ? " (cncf-contrib wizard --project " + project.successor().id() + ")" : "");
                throw new CommandFailure(ExitCodes.USAGE, project.name() + " is archived and takes no contributions" + successor);
            }
        }
        if (yes) {
            if (project == null) {
                throw new CommandFailure(ExitCodes.USAGE, "--yes needs --project PROJECT (or --resume): without questions there is no way to choose");
            }
            wizard.planWithoutAsking(project);
            return ExitCodes.OK;
        }
        context.accessible(accessible);
        if (!context.canPrompt()) {
            throw new CommandFailure(ExitCodes.USAGE, "the wizard asks questions and "
                    + (context.noInput() ? "prompts are turned off" : "this is not a terminal")
                    + ": use 'cncf-contrib wizard --project P --yes' to save a project's checklist without questions");
        }
        Prompter prompter = context.prompter();
        try {
            if (project == null) {
                issues.askAhead();
                project = wizard.chooseProject(prompter);
                if (project == null) {
                    return ExitCodes.OK; // like gh: no match is an answer, not an error
                }
            }
            wizard.walk(project, prompter);
            return ExitCodes.OK;
        } catch (PromptCancelledException e) {
            io.out().println();
            throw new CommandFailure(ExitCodes.CANCELLED, project == null ? "cancelled"
                    : "cancelled; your progress is saved in " + store.file() + ", continue with 'cncf-contrib wizard --resume'");
        }
    }
}
