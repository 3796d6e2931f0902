package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.CatalogDiff;
import dev.cncfcontrib.catalog.CatalogReader;
import java.nio.file.Path;

final class CatalogDiffCommand extends CliCommand {

    private final Arg<Path> older = parameter("OLD")
            .description("The older catalog file.").path();

    private final Arg<Path> newer = parameter("NEW")
            .description("The newer catalog file.").path();

    private final Arg<Values.CardFormat> output = outputFormat(Values.CardFormat.class, "text");

    CatalogDiffCommand(Context context) {
        super(context, "diff",
                "Compare two catalog files: projects added, removed, archived, promoted (sandbox to incubating to "
                + "graduated), and changes of chat, mailing lists or repositories.");
        examples(
                "  cncf-contrib catalog diff ~/.local/share/cncf-contrib/catalog.json.previous ~/.local/share/cncf-contrib/catalog.json",
                "  cncf-contrib catalog diff old.json new.json -o json",
                "  cncf-contrib catalog diff old.json new.json -o markdown");
    }

    @Override
    public Integer call() throws Exception {
        CatalogReader reader = new CatalogReader();
        CatalogDiff diff = CatalogDiff.between(reader.read(older.value()), reader.read(newer.value()));
        Io io = context.io();
        switch (output.value()) {
            case JSON -> DiffText.json(io.out(), diff);
            case MARKDOWN -> io.out().print(DiffText.markdown(diff));
            case TEXT -> io.out().print(DiffText.render(diff, io.style()));
        }
        return ExitCodes.OK;
    }
}
