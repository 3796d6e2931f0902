package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.ChatPlatform;
import dev.cncfcontrib.catalog.LegalKind;
import dev.cncfcontrib.catalog.Maturity;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.catalog.ProjectFilter;
import dev.cncfcontrib.cli.Values.ListFormat;
import dev.cncfcontrib.view.ListViews;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "list",
        description = "List CNCF projects. Archived projects are left out unless you ask for them with --maturity archived.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cncf-contrib list --maturity incubating",
            "  cncf-contrib list -m graduated,incubating --legal dco",
            "  cncf-contrib list --focus security -o markdown",
            "  cncf-contrib list --query tracing -o json",
        })
final class ListCommand implements Callable<Integer> {

    private final Context context;

    @Option(names = {"-m", "--maturity"}, paramLabel = "LEVEL", split = ",",
            converter = Values.MaturityValues.class, completionCandidates = Values.MaturityValues.class,
            description = "Only projects at this maturity: ${COMPLETION-CANDIDATES}. Repeatable, or comma-separated.")
    List<Maturity> maturities = List.of();

    @Option(names = {"-f", "--focus"}, paramLabel = "TEXT", description = "Only projects whose focus or landscape category contains TEXT.")
    String focus;

    @Option(names = {"-l", "--legal"}, paramLabel = "KIND", converter = Values.LegalValues.class,
            completionCandidates = Values.LegalValues.class,
            description = "Only projects with this legal requirement: ${COMPLETION-CANDIDATES}.")
    LegalKind legal;

    @Option(names = {"-c", "--chat"}, paramLabel = "PLATFORM", converter = Values.ChatValues.class,
            completionCandidates = Values.ChatValues.class,
            description = "Only projects that chat on this platform: ${COMPLETION-CANDIDATES}.")
    ChatPlatform chat;

    @Option(names = {"-q", "--query"}, paramLabel = "TEXT", description = "Only projects whose id, name, alias or description contains TEXT.")
    String query;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", converter = Values.ListFormatValues.class,
            completionCandidates = Values.ListFormatValues.class, defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ListFormat output;

    ListCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        ProjectFilter filter = new ProjectFilter(new LinkedHashSet<>(maturities), focus, legal, chat, query);
        List<Project> projects = filter.apply(context.catalog().catalog().projects());
        Io io = context.io();
        if (projects.isEmpty()) {
            // like gh: no match is not an error, and stdout stays empty for scripts
            io.err().println("No projects match these filters.");
            return ExitCodes.OK;
        }
        switch (output) {
            case JSON -> Output.json(io.out(), writer -> writer.projects(projects));
            case CSV -> io.out().print(ListViews.projectCsv(projects));
            case MARKDOWN -> io.out().print(ListViews.projectMarkdown(projects));
            case TABLE -> io.out().print(ListViews.projectTable(projects, io.width(), io.style()));
        }
        return ExitCodes.OK;
    }
}
