package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.Group;
import dev.cncfcontrib.catalog.NotFoundException;
import dev.cncfcontrib.catalog.Project;
import dev.cncfcontrib.cli.Values.CardFormat;
import dev.cncfcontrib.links.LinkCache;
import dev.cncfcontrib.view.Card;
import dev.cncfcontrib.view.LinkNotes;
import java.nio.file.Path;
import java.util.Map;

final class ShowCommand extends CliCommand {

    private final Arg<String> name = parameter("PROJECT").candidates(new CatalogNames.Projects(context))
            .description("Project id, name or alias, in any case (k8s, opa, tuf...).").text();

    private final Arg<CardFormat> output = outputFormat(CardFormat.class, "text");

    private final Arg<Boolean> sources = option("--sources")
            .description("Also what each source says (the line read in the project's files) and the notes for"
                    + " whoever maintains the catalog.").flag();

    ShowCommand(Context context) {
        super(context, "show", "Show everything about one project: where to chat, which lists, what the legal "
                + "requirement means, and the sources.");
        examples(
                "  cncf-contrib show kubernetes",
                "  cncf-contrib show K8S",
                "  cncf-contrib show \"open policy agent\" -o markdown",
                "  cncf-contrib show istio --sources");
    }

    @Override
    public Integer call() throws Exception {
        Project project = resolve(context.catalog().catalog());
        Io io = context.io();
        switch (output.value()) {
            case JSON -> Output.json(io.out(), writer -> writer.project(project));
            case MARKDOWN -> io.out().print(Card.of(project, linkNotes(), sources.value()).markdown());
            case TEXT -> io.out().print(Card.of(project, linkNotes(), sources.value()).text(io.width(), io.style()));
        }
        return ExitCodes.OK;
    }

    /** What the last {@code links} run found, if it ran: a missing cache costs one failed stat. */
    private LinkNotes linkNotes() {
        Path dir = context.cacheDirectory();
        Map<String, LinkCache.Entry> cached = dir == null ? Map.of() : LinkCache.read(dir.resolve(LinkCache.FILE_NAME));
        return new LinkNotes(cached);
    }

    /** A community group typed here gets pointed to {@code groups} instead of a bare "no project". */
    private Project resolve(Catalog catalog) {
        try {
            return catalog.resolveProject(name.value());
        } catch (NotFoundException notAProject) {
            Group group;
            try {
                group = catalog.resolveGroup(name.value());
            } catch (NotFoundException notAGroup) {
                throw notAProject;
            }
            throw new CommandFailure(ExitCodes.UNKNOWN_PROJECT, "'" + name.value() + "' is a community group, not a project: run 'cncf-contrib groups "
                    + group.id() + "'");
        }
    }
}
