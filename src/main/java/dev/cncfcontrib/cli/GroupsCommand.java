package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Group;
import dev.cncfcontrib.catalog.GroupKind;
import dev.cncfcontrib.cli.Values.ListFormat;
import dev.cncfcontrib.view.Card;
import dev.cncfcontrib.view.ListViews;
import java.util.List;

final class GroupsCommand extends CliCommand {

    private final Arg<String> name = parameter("NAME").arity("0..1").candidates(new CatalogNames.Groups(context))
            .description("Show only this group (id, name or alias).").text();

    private final Arg<GroupKind> kind = option("-k", "--kind").label("KIND").values(GroupKind.class, "group kind")
            .description("Only groups of this kind: ${COMPLETION-CANDIDATES}.").of(GroupKind.class);

    private final Arg<Boolean> activeOnly = option("--active")
            .description("Leave out groups that were archived or merged.").flag();

    private final Arg<Boolean> sources = option("--sources")
            .description("With a NAME: also what each source says.").flag();

    private final Arg<ListFormat> output = option("-o", "--output").label("FORMAT")
            .values(ListFormat.class, "output format")
            .defaultValue("table")
            .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; with a NAME, table means text).")
            .of(ListFormat.class);

    GroupsCommand(Context context) {
        super(context, "groups", "List the community side of the CNCF: the TOC, Technical Advisory Groups, community "
                + "and working groups, mentoring programmes and related organisations. With a NAME, show that group's card.");
        examples(
                "  cncf-contrib groups",
                "  cncf-contrib groups --kind tag",
                "  cncf-contrib groups wg-gitops",
                "  cncf-contrib groups tag-security-and-compliance -o markdown");
    }

    @Override
    public Integer call() throws Exception {
        Io io = context.io();
        ListFormat output = this.output.value();
        if (name.value() != null) {
            Group group = context.catalog().catalog().resolveGroup(name.value());
            switch (output) {
                case JSON -> Output.json(io.out(), writer -> writer.group(group));
                case MARKDOWN -> io.out().print(Card.of(group, url -> null, sources.value()).markdown());
                case TABLE -> io.out().print(Card.of(group, url -> null, sources.value()).text(io.width(), io.style()));
                case CSV -> throw usageError("csv is for lists; show one group as table (text), json or markdown");
            }
            return ExitCodes.OK;
        }
        GroupKind kind = this.kind.value();
        boolean activeOnly = this.activeOnly.value();
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
