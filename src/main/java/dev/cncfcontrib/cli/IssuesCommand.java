package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.Identified;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.live.CachedGet;
import dev.cncfcontrib.live.Issue;
import dev.cncfcontrib.live.IssueFinder;
import dev.cncfcontrib.live.IssueQuery;
import dev.cncfcontrib.text.TerminalText;
import dev.cncfcontrib.view.IssueViews;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** {@code cncf-contrib issues}: open issues that want help, from CLOTributor and GitHub. */
final class IssuesCommand extends CliCommand {

    /** Output formats of the issue list. */
    enum IssueFormat implements Identified {
        TABLE, JSON, MARKDOWN
    }

    /** The most issues one run lists. */
    static final int MAX_LIMIT = 1000;

    private final Arg<List<String>> names = parameter("PROJECT").arity("0..*").candidates(new CatalogNames.Projects(context))
            .description("Projects (id, name or alias); none: every CNCF project.").listOf(String.class);

    private final Arg<List<String>> languages = option("-l", "--language").label("LANGUAGE").split(",")
            .description("Only issues in repositories that use LANGUAGE (Go, Rust, Python, TypeScript...; any case). Repeatable.")
            .listOf(String.class);

    private final Arg<Boolean> goodFirst = option("-g", "--good-first")
            .description("Only issues labelled 'good first issue'.").flag();

    private final Arg<Boolean> mentor = option("-m", "--mentor")
            .description("Only issues with a mentor available.").flag();

    private final Arg<List<String>> areas = option("-a", "--area").label("AREA").split(",").candidates(List.of("docs"))
            .description("Only issues of this area, as CLOTributor files them: docs. Repeatable.").listOf(String.class);

    private final Arg<Integer> limit = option("-n", "--limit").label("N").defaultValue("20")
            .description("At most N issues (default: ${DEFAULT-VALUE}, at most " + MAX_LIMIT + ").").number();

    private final Arg<IssueFinder.Source> source = option("-s", "--source").label("SOURCE")
            .values(IssueFinder.Source.class, "issue source")
            .defaultValue("auto")
            .description("Where to look: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: CLOTributor, then GitHub's"
                    + " search over the project's organisations for a project CLOTributor lists nothing for).")
            .of(IssueFinder.Source.class);

    private final Arg<IssueFormat> output = outputFormat(IssueFormat.class, "table");

    private final Arg<Boolean> refresh = option("--refresh")
            .description("Ask the services even when a recent answer is cached.").flag();

    private final Arg<Boolean> offline = option("--offline")
            .description("Do not use the network: answer from the cache only.").flag();

    private final Arg<Integer> open = option("--open").label("N")
            .description("Also open the N-th issue of the list in your browser.").number();

    IssuesCommand(Context context) {
        super(context, "issues",
                "List open issues that want help: from CLOTributor (clotributor.dev), the CNCF's index of them, and from"
                        + " GitHub's search for good first issues across a project's organisations. Answers are cached for an"
                        + " hour in $XDG_CACHE_HOME/cncf-contrib/answers/; without network the cache answers, with its age on stderr.",
                "",
                "GitHub is asked with the token of GH_TOKEN or GITHUB_TOKEN, else 'gh auth token' when gh is installed; the"
                        + " token goes to the GitHub API only. CNCF_CONTRIB_CLOTRIBUTOR_URL and CNCF_CONTRIB_GITHUB_API_URL"
                        + " point at other servers (a mirror).");
        examples(
                "  cncf-contrib issues kubernetes",
                "  cncf-contrib issues --language go --good-first",
                "  cncf-contrib issues opentelemetry --source github -o markdown",
                "  cncf-contrib issues --mentor -o json",
                "  cncf-contrib issues argo --open 1");
    }

    @Override
    public Integer call() throws IOException {
        int limit = this.limit.value();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw usageError("--limit must be from 1 to " + MAX_LIMIT + ", not " + limit);
        }
        if (refresh.value() && offline.value()) {
            throw usageError("--refresh and --offline cannot be used together");
        }
        IssueFinder.Source source = this.source.value();
        CachedGet.Mode mode = refresh.value() ? CachedGet.Mode.REFRESH : offline.value() ? CachedGet.Mode.OFFLINE : CachedGet.Mode.NORMAL;
        LiveServices live = new LiveServices(context, false);
        List<String> spelt = IssueQuery.languages(languages.value());
        List<String> areaNames = new ArrayList<>();
        for (String area : areas.value()) {
            areaNames.add(area.strip().toLowerCase(Locale.ROOT));
        }
        IssueQuery query = new IssueQuery(List.of(), spelt, goodFirst.value(), mentor.value(), areaNames, limit);
        live.prepareFor(source == IssueFinder.Source.GITHUB ? live.githubUrl() : live.clotributorUrl(), mode);
        Catalog catalog = context.catalog().catalog();
        List<Project> projects = new ArrayList<>();
        for (String name : names.value()) {
            // an id as typed needs no name index, whose construction is most of what a cached run costs beyond 'list'
            Project project = catalog.projectById(name).orElseGet(() -> catalog.resolveProject(name));
            if (project.archived()) {
                String successor = project.successor() == null ? "" : "; see its successor " + project.successor().name()
                        + (project.successor().id() != null ? " (cncf-contrib issues " + project.successor().id() + ")" : "");
                throw new CommandFailure(ExitCodes.USAGE, project.name() + " is archived and takes no contributions" + successor);
            }
            if (!projects.contains(project)) {
                projects.add(project);
            }
        }
        if (projects.isEmpty() && source == IssueFinder.Source.GITHUB) {
            throw usageError("--source github needs a PROJECT: GitHub is searched across the project's organisations");
        }
        if (source == IssueFinder.Source.GITHUB && !areaNames.isEmpty()) {
            context.io().err().println("note: --area is a CLOTributor filter; GitHub's search does not know areas and ignores it.");
        }
        IssueFinder.Found found = live.finder().find(projects, query, source, mode);
        Io io = context.io();
        for (String note : found.notes()) {
            io.err().println(io.style().yellow("note:") + " " + TerminalText.line(note));
        }
        live.noteProvenance(found.provenance());
        List<Issue> issues = found.issues();
        if (issues.isEmpty()) {
            io.err().println("No open issues match" + (projects.isEmpty() ? "" : " for " + names(projects)) + ".");
            return ExitCodes.OK;
        }
        UnaryOperator<String> projectLabel = projectLabels(catalog);
        long now = context.nowMillis();
        switch (output.value()) {
            case JSON -> IssueViews.json(issues, projectLabel, spelt, io.out());
            case MARKDOWN -> io.out().print(IssueViews.markdown(issues, projectLabel, spelt, now));
            case TABLE -> {
                io.out().print(IssueViews.table(issues, projectLabel, spelt, now, io.width(), io.style()));
                if (found.total() > issues.size()) {
                    io.err().println(io.style().dim("Showing " + issues.size() + " of " + found.total() + " open issues; --limit N shows more."));
                }
            }
        }
        Integer number = open.value();
        if (number != null) {
            openIssue(issues, number);
        }
        return ExitCodes.OK;
    }

    private void openIssue(List<Issue> issues, int number) {
        Io io = context.io();
        if (number < 1 || number > issues.size()) {
            throw new CommandFailure(ExitCodes.USAGE, "--open " + number + ": the list has issues 1 to " + issues.size());
        }
        String url = issues.get(number - 1).url();
        if (!Browser.open(context, url)) {
            io.err().println(TerminalText.line(url));
        }
    }

    private static String names(List<Project> projects) {
        List<String> names = new ArrayList<>();
        for (Project project : projects) {
            names.add(project.name());
        }
        return String.join(", ", names);
    }

    /** The catalog's id for a CLOTributor project name, the name itself for a project the catalog does not have. */
    static UnaryOperator<String> projectLabels(Catalog catalog) {
        Map<String, String> ids = new HashMap<>();
        for (Project project : catalog.projects()) {
            ids.putIfAbsent(IssueFinder.clotributorName(project), project.id());
        }
        return name -> ids.getOrDefault(name, name);
    }
}
