package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Group;
import dev.cncfcontrib.catalog.GroupKind;
import dev.cncfcontrib.cli.Values.ListFormat;
import dev.cncfcontrib.view.Card;
import dev.cncfcontrib.view.ListViews;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "groups",
        description = "List the community side of the CNCF: the TOC, Technical Advisory Groups, community and working "
                + "groups, mentoring programmes and related organisations. With a NAME, show that group's card.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cncf-contrib groups",
            "  cncf-contrib groups --kind tag",
            "  cncf-contrib groups wg-gitops",
            "  cncf-contrib groups tag-security-and-compliance -o markdown",
        })
final class GroupsCommand implements Callable<Integer> {

    private final Context context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..1", completionCandidates = CatalogNames.Groups.class,
            description = "Show only this group (id, name or alias).")
    String name;

    @Option(names = {"-k", "--kind"}, paramLabel = "KIND", converter = Values.GroupKindValues.class,
            completionCandidates = Values.GroupKindValues.class,
            description = "Only groups of this kind: ${COMPLETION-CANDIDATES}.")
    GroupKind kind;

    @Option(names = "--active", description = "Leave out groups that were archived or merged.")
    boolean activeOnly;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", converter = Values.ListFormatValues.class,
            completionCandidates = Values.ListFormatValues.class, defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; with a NAME, table means text).")
    ListFormat output;

    GroupsCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Io io = context.io();
        if (name != null) {
            Group group = context.catalog().catalog().resolveGroup(name);
            switch (output) {
                case JSON -> Output.json(io.out(), writer -> writer.group(group));
                case MARKDOWN -> io.out().print(Card.of(group).markdown());
                case TABLE -> io.out().print(Card.of(group).text(io.width(), io.style()));
                case CSV -> throw new ParameterException(spec.commandLine(), "csv is for lists; show one group as table (text), json or markdown");
            }
            return ExitCodes.OK;
        }
        List<Group> groups = context.catalog().catalog().groups().stream()
                .filter(group -> kind == null || group.kind() == kind)
                .filter(group -> !activeOnly || group.active())
                .toList();
        if (groups.isEmpty()) {
            io.err().println("No groups match these filters.");
            return ExitCodes.OK;
        }
        switch (output) {
            case JSON -> Output.json(io.out(), writer -> writer.groups(groups));
            case CSV -> io.out().print(ListViews.groupCsv(groups));
            case MARKDOWN -> io.out().print(ListViews.groupMarkdown(groups));
            case TABLE -> io.out().print(ListViews.groupTable(groups, io.width(), io.style()));
        }
        return ExitCodes.OK;
    }
}
