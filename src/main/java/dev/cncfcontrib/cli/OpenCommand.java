package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Identified;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.onboarding.Checklists;
import dev.cncfcontrib.onboarding.Progress;
import dev.cncfcontrib.onboarding.ProgressStore;
import dev.cncfcontrib.text.TerminalText;

final class OpenCommand extends CliCommand {

    /** What to open. */
    enum Target implements Identified {
        GUIDE, REPO, CHAT, LIST, ISSUE, PR
    }

    private final Arg<String> name = parameter("PROJECT").candidates(new CatalogNames.Projects(context))
            .description("Project id, name or alias.").text();

    private final Arg<Target> target = parameter("WHAT").arity("0..1").values(Target.class, "link kind").defaultValue("guide")
            .description("Which link: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").of(Target.class);

    OpenCommand(Context context) {
        super(context, "open",
                "Open a project's contributor guide, repository, chat or mailing list in your browser ($BROWSER, "
                + "else xdg-open or open), or the issue and pull request recorded in your plan (an issue: else the project's"
                + " CLOTributor search). Without a display, print the link instead.");
        examples(
                "  cncf-contrib open kubernetes",
                "  cncf-contrib open opa chat",
                "  cncf-contrib open opa issue");
    }

    /** The issue or pull request recorded in the plan; without a recorded issue, the project's CLOTributor search. */
    private String recorded(Project project, boolean issue) {
        Progress.ProjectProgress saved = new ProgressStore(context.stateDir(), context.clock()).load(context.io().err()::println)
                .project(project.id());
        Progress.Recorded recorded = saved == null ? null : issue ? saved.issue() : saved.pullRequest();
        if (recorded != null) {
            return recorded.url();
        }
        return issue ? Checklists.clotributorUrl(project) : null;
    }

    @Override
    public Integer call() {
        String name = this.name.value();
        Target target = this.target.value();
        Project project = context.catalog().catalog().resolveProject(name);
        String url = switch (target) {
            case GUIDE -> project.contributorGuide() != null ? project.contributorGuide() : project.repository();
            case REPO -> project.repository();
            case CHAT -> project.chat().stream().map(chat -> chat.url()).filter(link -> link != null).findFirst().orElse(null);
            case LIST -> project.mailingLists().stream().map(list -> list.url()).filter(link -> link != null).findFirst().orElse(null);
            case ISSUE -> recorded(project, true);
            case PR -> recorded(project, false);
        };
        if (url == null && target == Target.PR) {
            throw new CommandFailure(ExitCodes.DATA_ERROR, "no pull request is recorded for " + project.name() + ": 'cncf-contrib plan "
                    + project.id() + " --pr URL' records it");
        }
        if (url == null) {
            throw new CommandFailure(ExitCodes.DATA_ERROR, project.name() + " has no " + target.id() + " link in the catalog");
        }
        if (!Browser.open(context, url)) {
            context.io().out().println(TerminalText.line(url));
        }
        return ExitCodes.OK;
    }
}
