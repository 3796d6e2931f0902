package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.ChatPlatform;
import dev.cncfcontrib.catalog.LegalFilter;
import dev.cncfcontrib.catalog.Maturity;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.catalog.ProjectFilter;
import dev.cncfcontrib.cli.Values.ListFormat;
import dev.cncfcontrib.view.ListViews;
import java.util.LinkedHashSet;
import java.util.List;

final class ListCommand extends CliCommand {

    private final Arg<List<Maturity>> maturities = option("-m", "--maturity").label("LEVEL").split(",")
            .values(Maturity.class, "maturity level")
            .description("Only projects at this maturity: ${COMPLETION-CANDIDATES}. Repeatable, or comma-separated.")
            .listOf(Maturity.class);

    private final Arg<String> focus = option("-f", "--focus").label("TEXT")
            .description("Only projects whose focus or landscape category contains TEXT.").text();

    private final Arg<LegalFilter> legal = option("-l", "--legal").label("KIND").values(LegalFilter.class, "legal requirement")
            .description("Only projects with this legal requirement: ${COMPLETION-CANDIDATES}. 'dco' is a sign-off"
                    + " and no agreement; 'cla' any CLA; 'unknown' what the project does not state.")
            .of(LegalFilter.class);

    private final Arg<ChatPlatform> chat = option("-c", "--chat").label("PLATFORM").values(ChatPlatform.class, "chat platform")
            .description("Only projects that chat on this platform: ${COMPLETION-CANDIDATES}.").of(ChatPlatform.class);

    private final Arg<String> query = option("-q", "--query").label("TEXT")
            .description("Only projects whose id, name, alias or description contains TEXT.").text();

    private final Arg<ListFormat> output = outputFormat(ListFormat.class, "table");

    ListCommand(Context context) {
        super(context, "list",
                "List CNCF projects. Archived projects are left out unless you ask for them with --maturity archived.");
        examples(
                "  cncf-contrib list --maturity incubating",
                "  cncf-contrib list -m graduated,incubating --legal dco",
                "  cncf-contrib list --legal cla",
                "  cncf-contrib list --focus security -o markdown",
                "  cncf-contrib list --query tracing -o json");
    }

    @Override
    public Integer call() throws Exception {
        ProjectFilter filter = new ProjectFilter(new LinkedHashSet<>(maturities.value()), focus.value(), legal.value(),
                chat.value(), query.value());
        List<Project> projects = filter.apply(context.catalog().catalog().projects());
        Io io = context.io();
        if (projects.isEmpty()) {
            // like gh: no match is not an error, and stdout stays empty for scripts
            io.err().println("No projects match these filters.");
            return ExitCodes.OK;
        }
        switch (output.value()) {
            case JSON -> Output.json(io.out(), writer -> writer.projects(projects));
            case CSV -> io.out().print(ListViews.projectCsv(projects));
            case MARKDOWN -> io.out().print(ListViews.projectMarkdown(projects));
            case TABLE -> io.out().print(ListViews.projectTable(projects, io.width(), io.style()));
        }
        return ExitCodes.OK;
    }
}
