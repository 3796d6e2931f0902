package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Catalog;
import dev.cncfcontrib.catalog.CatalogDiff;
import dev.cncfcontrib.catalog.CatalogReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "diff",
        description = "Compare two catalog files: projects added, removed, archived, promoted (sandbox to incubating to "
                + "graduated), and changes of chat, mailing lists or repositories.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cncf-contrib catalog diff ~/.local/share/cncf-contrib/catalog.json.previous ~/.local/share/cncf-contrib/catalog.json",
            "  cncf-contrib catalog diff old.json new.json -o json",
        })
final class CatalogDiffCommand implements Callable<Integer> {

    private final Context context;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older catalog file.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer catalog file.")
    Path newer;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", converter = Values.CardFormatValues.class,
            completionCandidates = Values.CardFormatValues.class, defaultValue = "text",
            description = "Output format: text, json or markdown (markdown prints text) (default: ${DEFAULT-VALUE}).")
    Values.CardFormat output;

    CatalogDiffCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        CatalogReader reader = new CatalogReader();
        Catalog before = reader.read(older);
        Catalog after = reader.read(newer);
        CatalogDiff diff = CatalogDiff.between(before, after);
        Io io = context.io();
        if (output == Values.CardFormat.JSON) {
            DiffText.json(io.out(), diff);
        } else {
            io.out().print(DiffText.render(diff, io.style()));
        }
        return ExitCodes.OK;
    }
}
