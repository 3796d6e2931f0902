package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.ChatPlatform;
import dev.cncfcontrib.catalog.Maturity;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.live.Issue;
import dev.cncfcontrib.live.Welcome;
import dev.cncfcontrib.prompt.Prompter;
import dev.cncfcontrib.text.Style;
import dev.cncfcontrib.text.TerminalText;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The onboarding conversation: what the person cares about, which projects fit and why, then the chosen project's
 * checklist one step at a time. Progress is saved after every answer, so Ctrl-C loses at most the open question.
 */
public final class Wizard {

    /** How many suggestions to offer; the rest are one {@code cncf-contrib list} away. */
    static final int MAX_SUGGESTIONS = 8;

    /** The answers to a step, in the order they are offered. */
    static final List<String> STEP_ANSWERS = List.of("done", "skip", "later");

    /** The languages the wizard asks about, after "any": the ones most CNCF repositories are written in. */
    static final List<String> LANGUAGES = List.of("any", "Go", "Rust", "Python", "TypeScript", "JavaScript", "Java", "C++", "C",
            "C#", "Ruby", "Shell");

    private static final String FIRST_ISSUE = "first-issue";

    private final Catalog catalog;
    private final ProgressStore store;
    private final GitConfig git;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    private final int width;
    private final Style style;
    private final String signOffSetupCommand;
    private final Function<Project, Doctor.Examination> localChecks;
    private final LiveIssues live;
    /** The open issues fetched for the project being walked, so that one walk asks once. */
    private final java.util.Map<String, List<Issue>> issuesByProject = new java.util.HashMap<>();
    private Welcome welcome;
    /**
     * What to show above the next question. It travels with the question rather than going to {@code out}: the
     * terminal prompter draws its menu on the alternate screen, where earlier output would be out of sight.
     */
    private final StringBuilder beforeNextQuestion = new StringBuilder();

    /**
     * @param signOffSetupCommand a command that sets up sign-off for the person (mentioned in the DCO step), or null
     * @param localChecks         the doctor's examination of this machine and clone for a project (identity, noreply
     *                            e-mail against a CLA, the clone's legal files, the sign-off hook, the clone's default
     *                            branch), shown in the legal step; null to skip it
     * @param live                open issues from CLOTributor and GitHub for the ranking and the first-issue step; null
     *                            to do without
     */
    public Wizard(Catalog catalog, ProgressStore store, GitConfig git, Clock clock, PrintWriter out, PrintWriter err,
            int width, Style style, String signOffSetupCommand, Function<Project, Doctor.Examination> localChecks,
            LiveIssues live) {
        this.catalog = catalog;
        this.store = store;
        this.git = git;
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.width = width;
        this.style = style;
        this.signOffSetupCommand = signOffSetupCommand;
        this.localChecks = localChecks;
        this.live = live;
    }

    /** Asks about the person's interests and returns the project they pick, or null when nothing matches. */
    public Project chooseProject(Prompter prompter) {
        say(style.bold("Let's find a CNCF project for you.") + " Five questions, then a checklist; Ctrl-C stops at any time.");
        List<Recommender.FocusArea> areas = Recommender.focusAreas(catalog.projects());
        List<String> areaLabels = new ArrayList<>();
        for (Recommender.FocusArea area : areas) {
            areaLabels.add(area.label());
        }
        List<String> focus = new ArrayList<>();
        for (int index : ask(prompter).selectMany(question("Which areas interest you? (none chosen means any)"), areaLabels)) {
            focus.add(areas.get(index).name());
        }
        int languageIndex = ask(prompter).selectOne(question("Which programming language would you like to work in?"), LANGUAGES, 0);
        String language = languageIndex == 0 ? null : LANGUAGES.get(languageIndex);
        List<String> maturityOptions = List.of("any", "graduated: established, many maintainers",
                "incubating: growing, room to make a mark", "sandbox: young and small");
        int maturityIndex = ask(prompter).selectOne(question("Which maturity do you prefer?"), maturityOptions, 0);
        Maturity maturity = maturityIndex == 0 ? null : List.of(Maturity.GRADUATED, Maturity.INCUBATING, Maturity.SANDBOX).get(maturityIndex - 1);
        boolean canSignCla = ask(prompter).confirm(question("Can you sign a Contributor License Agreement (CLA)? Some employers do not allow it."), true);
        List<String> chatOptions = new ArrayList<>();
        chatOptions.add("no preference");
        List<ChatPlatform> platforms = List.of(ChatPlatform.SLACK, ChatPlatform.MATRIX, ChatPlatform.DISCORD, ChatPlatform.IRC,
                ChatPlatform.ZULIP, ChatPlatform.GITTER, ChatPlatform.GITHUB_DISCUSSIONS);
        for (ChatPlatform platform : platforms) {
            chatOptions.add(platform.label());
        }
        int chatIndex = ask(prompter).selectOne(question("Where do you prefer to chat?"), chatOptions, 0);
        Preferences preferences = new Preferences(focus, maturity, canSignCla, chatIndex == 0 ? null : platforms.get(chatIndex - 1),
                language);

        welcome = live == null ? null : live.welcome(this::say);
        List<Suggestion> suggestions = Recommender.rank(catalog.projects(), preferences, welcome);
        List<Project> archived = Recommender.archivedMatches(catalog.projects(), preferences);
        printArchived(archived);
        if (suggestions.isEmpty()) {
            out.print(beforeNextQuestion);
            beforeNextQuestion.setLength(0);
            out.println("No active project matches all your answers. Try fewer constraints (any maturity, more areas),"
                    + " or browse with 'cncf-contrib list'.");
            return null;
        }
        List<Suggestion> described = suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()));
        say(style.bold("Projects that fit, best first:"));
        for (Suggestion suggestion : described) {
            Project project = suggestion.project();
            say("  " + style.bold(TerminalText.line(project.name())) + " (" + TerminalText.line(project.id()) + ", "
                    + project.maturity().id() + "): " + TerminalText.line(String.join("; ", suggestion.reasons())));
        }
        if (suggestions.size() > described.size()) {
            say("  ... and " + (suggestions.size() - described.size()) + " more in the list below: type part of a name to find one.");
        }
        printUnstated(Recommender.unstatedMatches(catalog.projects(), preferences));
        List<String> labels = new ArrayList<>();
        for (Suggestion suggestion : suggestions) {
            Project project = suggestion.project();
            int open = welcome == null ? 0 : welcome.goodFirstIssues(project).size();
            labels.add(project.name() + " (" + project.id() + ")" + (open == 0 ? "" : ", " + open + " good first issue" + (open == 1 ? "" : "s")));
        }
        int chosen = ask(prompter).selectOneOfMany(question("Which project do you want to start with?"), labels);
        return suggestions.get(chosen).project();
    }

    /** For someone who cannot sign a CLA: what also fits but does not say whether it needs one. Not offered. */
    private void printUnstated(List<Project> unstated) {
        if (unstated.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (Project project : unstated.subList(0, Math.min(MAX_SUGGESTIONS, unstated.size()))) {
            names.add(TerminalText.line(project.name()) + " (" + TerminalText.line(project.id()) + ")");
        }
        String more = unstated.size() > names.size() ? " and " + (unstated.size() - names.size()) + " more" : "";
        say(style.dim("Not suggested, because their files do not say whether they need a CLA: " + String.join(", ", names)
                + more + ". Ask on their chat before you start."));
    }

    private void printArchived(List<Project> archived) {
        for (Project project : archived) {
            String successor = project.successor() == null ? "no successor is listed"
                    : project.successor().id() != null
                            ? "see its successor " + project.successor().name() + " (cncf-contrib show " + project.successor().id() + ")"
                            : "see its successor " + project.successor().name();
            say(style.dim(TerminalText.line(project.name()) + " is archived: " + TerminalText.line(successor) + "."));
        }
    }

    /** The checklist of {@code project}, fresh from the catalog and the local git identity. */
    public List<Step> checklist(Project project) {
        Doctor.Examination examination = localChecks != null ? localChecks.apply(project) : null;
        return Checklists.forProject(project, catalog.groups(), GitIdentity.read(git), signOffSetupCommand,
                examination != null ? examination.findings() : List.of(), examination != null ? examination.target() : null,
                openIssues(project));
    }

    /** The project's open issues: those the ranking already fetched, else asked for once. */
    private List<Issue> openIssues(Project project) {
        if (live == null) {
            return List.of();
        }
        return issuesByProject.computeIfAbsent(project.id(), id -> {
            List<Issue> known = welcome == null ? List.of() : welcome.goodFirstIssues(project);
            return known.isEmpty() ? live.issuesOf(project) : known;
        });
    }

    /**
     * Walks the open steps of {@code project}'s checklist, asking done / skip / later for each, and saves after
     * every answer. Returns the saved checklist.
     */
    public Progress.ProjectProgress walk(Project project, Prompter prompter) {
        Progress progress = store.load(err::println);
        List<Step> steps = checklist(project);
        Progress.ProjectProgress saved = startProject(progress, project, steps);
        int number = 0;
        for (Step step : steps) {
            number++;
            if (!saved.statusOf(step.id()).open()) {
                continue;
            }
            say(ChecklistViews.step(step, number, steps.size(), width, style).stripTrailing());
            List<Issue> issues = step.id().equals(FIRST_ISSUE) ? openIssues(project) : List.of();
            List<Issue> offered = issues.subList(0, Math.min(Checklists.ISSUES_LISTED, issues.size()));
            StepStatus status;
            if (offered.isEmpty()) {
                int answer = ask(prompter).selectOne(question(step.title() + ": done, skip or later?"), STEP_ANSWERS, 0);
                status = List.of(StepStatus.DONE, StepStatus.SKIPPED, StepStatus.LATER).get(answer);
            } else {
                List<String> options = new ArrayList<>();
                for (Issue issue : offered) {
                    options.add(Checklists.issueLabel(issue));
                }
                options.addAll(STEP_ANSWERS);
                int answer = ask(prompter).selectOne(question(step.title() + ": pick one to work on, or done, skip or later?"), options, 0);
                if (answer < offered.size()) {
                    Issue chosen = offered.get(answer);
                    progress.recordIssue(project.id(), new Progress.Recorded(chosen.url(), chosen.title(), clock.instant()));
                    say("Recorded " + TerminalText.line(chosen.url()) + " in your plan: comment on it before you start, so that nobody"
                            + " works on it twice. Later, 'cncf-contrib plan " + project.id() + " --pr URL' records your pull request.");
                    status = StepStatus.DONE;
                } else {
                    status = List.of(StepStatus.DONE, StepStatus.SKIPPED, StepStatus.LATER).get(answer - offered.size());
                }
            }
            saved = progress.mark(project.id(), step.id(), status, clock.instant());
            store.saveProject(saved, err::println);
        }
        out.print(beforeNextQuestion);
        beforeNextQuestion.setLength(0);
        out.println();
        out.println(summary(saved));
        return saved;
    }

    /** Saves the whole checklist of {@code project} without asking: every open step is kept for later. */
    public Progress.ProjectProgress planWithoutAsking(Project project) {
        Progress progress = store.load(err::println);
        List<Step> steps = checklist(project);
        Progress.ProjectProgress saved = startProject(progress, project, steps);
        for (Step step : steps) {
            if (saved.statusOf(step.id()) == StepStatus.PENDING) {
                saved = progress.mark(project.id(), step.id(), StepStatus.LATER, clock.instant());
            }
        }
        store.saveProject(saved, err::println);
        out.print(ChecklistViews.planText(project.name(), steps, saved, width, style));
        out.println();
        out.println(summary(saved));
        return saved;
    }

    /** The project the person worked on last, to continue with {@code --resume}; null when there is none. */
    public Project lastProject() {
        Progress progress = store.load(err::println);
        if (progress.current() == null) {
            return null;
        }
        return catalog.projectById(progress.current()).orElse(null);
    }

    private Progress.ProjectProgress startProject(Progress progress, Project project, List<Step> steps) {
        Progress.ProjectProgress saved = progress.merge(project.id(), project.name(), steps, clock.instant());
        progress.current(project.id());
        store.saveProject(saved, err::println);
        return saved;
    }

    private String summary(Progress.ProjectProgress saved) {
        String working = saved.issue() == null ? "" : " Working on " + TerminalText.line(saved.issue().url()) + ".";
        return style.bold(TerminalText.line(saved.projectName())) + ": " + saved.count(StepStatus.DONE) + " of " + saved.steps().size()
                + " steps done" + (saved.count(StepStatus.LATER) > 0 ? ", " + saved.count(StepStatus.LATER) + " for later" : "")
                + ". Saved in " + store.file() + "; see 'cncf-contrib status', continue with 'cncf-contrib wizard --resume',"
                + " share with 'cncf-contrib plan " + saved.projectId() + " -o markdown'." + working;
    }

    private void say(String text) {
        beforeNextQuestion.append(text).append('\n');
    }

    /** The question with what was said since the last one above it, one line each. */
    private String question(String text) {
        String full = beforeNextQuestion + text;
        beforeNextQuestion.setLength(0);
        return full;
    }

    /** Flushes what was printed so far: a terminal prompter draws on the same screen. */
    private Prompter ask(Prompter prompter) {
        out.flush();
        err.flush();
        return prompter;
    }
}
